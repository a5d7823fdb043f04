import { describe, expect, it } from 'vitest';
import { deriveTitle } from '@/lib/ingest/segment/derive-title';
import { isAuthorLine, parseVenueLine } from '@/lib/ingest/segment/front-matter';
import { learnAcronyms, toNameCase, toReadableCase } from '@/lib/ingest/segment/readable-case';
import { readVariant } from './clean-helpers';
import { segmentBytes, segmentString } from './segment-helpers';

describe('title block', () => {
  it('re-cases a title in capitals over three lines, keeping the acronyms the text uses', () => {
    const text = [
      '**UPAYA IOM (*INTERNATIONAL ORGANIZATION FOR MIGRATION*)',
      'DALAM MENANGANI KASUS HUMAN TRAFFICKING',
      'DI INDONESIA TAHUN 2017-2022**',
      '',
      '¹Eriston Saragih & ²Alfajri',
      '',
      'Abstrak',
      '',
      'Penelitian ini membahas upaya IOM dalam menangani kasus perdagangan manusia di Indonesia.',
    ].join('\n');
    const { segmented, clean } = segmentString(text);
    const title = segmented.title.id;
    expect(title?.value).toBe(
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    );
    expect(title?.provenance).toMatchObject({ source: 'extracted', start: 0 });
    expect(segmented.authors.map((a) => a.value)).toEqual(['Eriston Saragih', 'Alfajri']);
    const first = segmented.authors[0]?.provenance;
    if (first?.source !== 'extracted') throw new Error('expected an extracted span');
    expect(clean.text.slice(first.start, first.end)).toBe('Eriston Saragih');
  });

  it('reads a thesis cover page before the abstract', () => {
    const { segmented } = segmentBytes(readVariant('thesis-cover-page.txt'));
    expect(segmented.title.id?.value).toBe(
      'Peran UNICEF dalam Penanganan Pekerja Anak di Kamboja Tahun 2015-2020',
    );
    expect(segmented.authors.map((a) => a.value)).toEqual(['Siti Rahmawati']);
    expect(segmented.affiliation?.value).toMatch(
      /^Program Studi Hubungan Internasional .*Universitas Contoh Nusantara/,
    );
    expect(segmented.year?.value).toBe(2022);
    expect(Object.keys(segmented.abstracts).sort()).toEqual(['en', 'id']);
  });

  it('reads an English-first article: title, authors, affiliation, e-mail', () => {
    const { segmented } = segmentBytes(readVariant('english-first.txt'));
    expect(segmented.title).toEqual({
      en: {
        value: 'The Role of ASEAN in Combating Human Trafficking in Myanmar',
        provenance: { source: 'extracted', start: 0, end: 59 },
      },
    });
    expect(segmented.authors.map((a) => a.value)).toEqual(['Budi Santoso', 'Rina Wulandari']);
    expect(segmented.affiliation?.value).toBe(
      'Department of International Relations, Universitas Contoh Jaya',
    );
    expect(segmented.email?.value).toBe('budi.santoso@example.ac.id');
  });

  it('takes authors and venue from running headers when that is all there is', () => {
    const { segmented } = segmentBytes(readVariant('running-headers.txt'));
    expect(segmented.authors.map((a) => a.value)).toEqual(['Sari', 'Putra']);
    expect(segmented.authors[0]?.provenance).toEqual({ source: 'derived', from: 'running-header' });
    expect(segmented.venue?.value).toBe('Jurnal Kajian Global');
    expect([segmented.volume?.value, segmented.issue?.value, segmented.year?.value]).toEqual([
      '5',
      '1',
      2021,
    ]);
  });
});

describe('front-matter readers', () => {
  it('parses a venue line', () => {
    expect(parseVenueLine('DIKSHI Vol. 3 No. 2, Januari 2024 |')).toEqual({
      venue: 'DIKSHI',
      volume: '3',
      issue: '2',
      year: 2024,
    });
    expect(parseVenueLine('Jurnal Hubungan Internasional, Volume 7, Nomor 1 (2019)')).toMatchObject({
      venue: 'Jurnal Hubungan Internasional',
      year: 2019,
    });
  });

  it('tells author lines from titles and cover-page words', () => {
    expect(isAuthorLine('NURUL AIDA AMALIA')).toBe(true);
    expect(isAuthorLine('Oleh: Alfajri')).toBe(true);
    expect(isAuthorLine('SKRIPSI')).toBe(false);
    expect(isAuthorLine('Peran IOM dalam Penanganan')).toBe(false);
  });

  it('re-cases names and titles', () => {
    expect(toNameCase('NURUL AIDA AMALIA')).toBe('Nurul Aida Amalia');
    expect(toNameCase('A.A.A.K. Devi')).toBe('A.A.A.K. Devi');
    const acronyms = learnAcronyms(['Peran IOM di Indonesia.', 'IOM bekerja di sana.']);
    expect(toReadableCase("IOM'S EFFORTS IN INDONESIA", acronyms)).toBe("IOM'S Efforts in Indonesia");
  });
});

describe('derived titles', () => {
  it('takes the first clause of the opening sentence', () => {
    const abstract =
      'Pengaruh IJM dalam memerangi perdagangan manusia di Filipina, khususnya terkait OSEC, menggambarkan peran aktor.';
    expect(deriveTitle(abstract, 'id')?.value).toBe(
      'Pengaruh IJM dalam memerangi perdagangan manusia di Filipina',
    );
  });

  it('drops the purpose preamble and the method clause', () => {
    const id =
      'Penelitian ini bertujuan untuk menganalisis peran IJM dalam menangani kasus OSEC di Filipina menggunakan metode kualitatif.';
    expect(deriveTitle(id, 'id')?.value).toBe('Peran IJM dalam menangani kasus OSEC di Filipina');
    const en =
      'This study aims to analyse the role of IJM in handling OSEC in the Philippines using qualitative methods.';
    expect(deriveTitle(en, 'en')).toEqual({
      value: 'The role of IJM in handling OSEC in the Philippines',
      start: 27,
      end: 78,
    });
  });
});
