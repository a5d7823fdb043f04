import { describe, expect, it } from 'vitest';
import { findCitations } from '@/lib/ingest/segment/citations';
import { parseReference, splitAuthors } from '@/lib/ingest/segment/reference-entry';
import { readVariant } from './clean-helpers';
import { segmentBytes, segmentString } from './segment-helpers';

describe('sections and captions', () => {
  it('opens sections at headings with levels 1, 2 and 3', () => {
    const text = [
      'PENDAHULUAN',
      '',
      'Teks pendahuluan yang cukup panjang.',
      '',
      'HASIL DAN PEMBAHASAN',
      '',
      'Sejarah Human Trafficking',
      '',
      'Teks sejarah.',
      '',
      '1. Peran Organisasi Internasional Menurut Clive Archer',
      '',
      'Teks peran.',
      '',
      'Tabel 1. Kerangka Kerja Human Trafficking',
      '',
      'Gambar 2. Data TPPO Berdasarkan Provinsi',
    ].join('\n');
    const { segmented } = segmentString(text);
    expect(segmented.sections.map((s) => [s.heading, s.level])).toEqual([
      ['PENDAHULUAN', 1],
      ['HASIL DAN PEMBAHASAN', 1],
      ['Sejarah Human Trafficking', 2],
      ['1. Peran Organisasi Internasional Menurut Clive Archer', 3],
    ]);
    expect(segmented.sections[0]?.text).toBe('Teks pendahuluan yang cukup panjang.');
    expect(segmented.captions.map((c) => [c.kind, c.label, c.text])).toEqual([
      ['table', 'Tabel 1', 'Kerangka Kerja Human Trafficking'],
      ['figure', 'Gambar 2', 'Data TPPO Berdasarkan Provinsi'],
    ]);
  });
});

describe('references', () => {
  it('joins hanging continuation lines to their entry', () => {
    const { segmented } = segmentBytes(readVariant('hanging-references.txt'));
    expect(segmented.references).toHaveLength(3);
    expect(segmented.references[1]).toMatchObject({
      authors: ['Keck, M. E.', 'Sikkink, K.'],
      year: 1998,
      title: 'Activists Beyond Borders: Advocacy Networks in International Politics',
      venue: 'Cornell University Press',
    });
    expect(segmented.references[2]).toMatchObject({
      venue: 'Jurnal Kajian Global',
      doi: '10.1234/jkg.2019.5.1',
      url: 'https://doi.org/10.1234/jkg.2019.5.1',
    });
  });

  it('parses loose APA entries', () => {
    expect(parseReference('- Anita. (2021). Peran IOM di Ukraina. JOM FISIP, 8, 1–15.')).toMatchObject({
      authors: ['Anita'],
      year: 2021,
      title: 'Peran IOM di Ukraina',
      venue: 'JOM FISIP',
    });
    expect(
      parseReference('RRI. (2023) MPR Dukung Langkah Tegas. Diakses Melalui: https://www.rri.go.id/x.'),
    ).toMatchObject({
      authors: ['RRI'],
      year: 2023,
      venue: null,
      url: 'https://www.rri.go.id/x',
    });
    expect(splitAuthors('Oktavian, A., Haryadi, A., Poerwantika, T. R')).toEqual([
      'Oktavian, A.',
      'Haryadi, A.',
      'Poerwantika, T. R',
    ]);
  });
});

describe('in-text citations', () => {
  it('finds parenthetical, multiple and narrative citations with offsets', () => {
    const text =
      'Kasus meningkat (UNODC, 2019). Lihat (Enos & Roberts, 2016; IJM,2020) dan Moore (2015) serta (minangwan).';
    const found = findCitations(text);
    expect(found.map((c) => [c.text, c.authors, c.year])).toEqual([
      ['(UNODC, 2019)', 'UNODC', 2019],
      ['Enos & Roberts, 2016', 'Enos & Roberts', 2016],
      ['IJM,2020', 'IJM', 2020],
      ['Moore (2015)', 'Moore', 2015],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads "n.d." as an unknown year and ignores book titles before a year', () => {
    expect(findCitations('(Child Rights Network Ph, n.d.)')[0]).toMatchObject({
      authors: 'Child Rights Network Ph',
      year: null,
    });
    expect(findCitations('Investigating High-Technology Computer Crime (2015)')).toEqual([]);
  });
});
