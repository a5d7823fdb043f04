// Golden tests: the four seed documents against the answer key (shared/corpus/EXPECTED.md).
import { describe, expect, it } from 'vitest';
import type { Field } from '@/lib/ingest/types';
import { readCorpus } from './clean-helpers';
import { segmentBytes } from './segment-helpers';

const values = (fields: Field<string>[]) => fields.map((f) => f.value);
const parsed = {
  '000': segmentBytes(readCorpus('000')),
  '001': segmentBytes(readCorpus('001')),
  '003': segmentBytes(readCorpus('003')),
  '004': segmentBytes(readCorpus('004')),
};

describe('000: thesis abstract without a title page', () => {
  const { segmented, clean, decoded } = parsed['000'];

  it('derives titles from the abstracts and marks them derived', () => {
    expect(segmented.title.id?.value).toBe(
      'Pengaruh International Justice Mission (IJM) dalam memerangi perdagangan manusia di Filipina',
    );
    expect(segmented.title.en?.value).toBe(
      "The International Justice Mission's (IJM) influence in combating human trafficking in the Philippines",
    );
    expect(segmented.title.id?.provenance).toMatchObject({ source: 'derived', from: 'abstract' });
  });

  it('states no authors, venue or year, and has both abstracts', () => {
    expect(segmented.authors).toEqual([]);
    expect([segmented.venue, segmented.year, segmented.affiliation]).toEqual([null, null, null]);
    expect(segmented.abstracts.id?.value).toMatch(
      /^Pengaruh International Justice Mission .* inklusif dan berkelanjutan\.$/,
    );
    expect(segmented.abstracts.en?.value).toMatch(
      /^The International Justice Mission's .* inclusive and sustainable policies\.$/,
    );
    expect(segmented.sections).toEqual([]);
  });

  it('repairs the OCR damage in known names and keeps the original', () => {
    const ocr = clean.repairs.filter((r) => r.kind === 'ocr').map((r) => [r.original, r.replacement]);
    expect(ocr).toEqual([
      ['[', ''],
      ['[JM', 'IJM'],
      ['7ransnational', 'Transnational'],
    ]);
    expect(clean.text).toContain('sebagai International Non-Governmental Organization (INGO)');
    expect(clean.text).toContain('peran IJM dalam mencapai');
    expect(clean.text).toContain('(Transnational Advocacy Networks/TAN)');
    expect(decoded.text).toContain('[JM');
  });
});

describe('001: two-column journal article', () => {
  const { segmented, clean } = parsed['001'];

  it('derives the title and reads authors and venue from the running header and footer', () => {
    expect(segmented.title.id?.value).toMatch(
      /^Peran International Justice Missions \(IJM\) dalam menangani kasus Online Sexual Exploitation of Children \(OSEC\).* di Filipina.*2019$/,
    );
    expect(segmented.title.id?.provenance).toMatchObject({ source: 'derived', from: 'abstract' });
    expect(values(segmented.authors)).toEqual(['A.A.A.K. Devi', 'N.W.R. Priadarsini', 'P.T.K. Resen']);
    expect(segmented.venue?.value).toBe('DIKSHI');
    expect([segmented.volume?.value, segmented.issue?.value, segmented.year?.value]).toEqual([
      '3',
      '2',
      2024,
    ]);
  });

  it('removes header, footer and page number and re-joins the sentence they cut', () => {
    expect(clean.text).not.toContain('DIKSHI');
    expect(clean.text).not.toContain('Priadarsini');
    expect(clean.text).toContain('uatu negara untuk mendapatkan haknya (Enos & Roberts, 2016)');
    expect(clean.text).toContain('Jiustice');
    expect(clean.text).toContain('terdapat riga definisi');
  });

  it('has both abstracts and Indonesian keywords only', () => {
    expect(segmented.abstracts.id?.value).toMatch(/^Penelitian ini bertujuan .* di negaranya\.$/);
    expect(segmented.abstracts.en?.value).toMatch(/^This study aims to analyse .* in the Philippines\.$/);
    expect(values(segmented.keywords.id)).toEqual(['CSOs', 'Cybercrime', 'Filipina', 'IJM', 'OSEC']);
    expect(segmented.keywords.en).toEqual([]);
  });

  it('finds the sections and sub-headings', () => {
    const headings = segmented.sections.map((s) => s.heading);
    expect(headings.filter((_, i) => segmented.sections[i]?.level === 1)).toEqual([
      'PENDAHULUAN',
      'METODE',
      'HASIL DAN PEMBAHASAN',
      'PENUTUP',
    ]);
    expect(headings).toContain('Perkembangan Kasus OSEC di Filipina');
    expect(headings).toContain('IJM sebagai Educator');
    expect(segmented.references).toEqual([]);
  });

  it('finds the in-text citations with authors, years and offsets', () => {
    const found = segmented.citations.map((c) => `${c.authors}/${c.year}`);
    for (const expected of ['UNODC/2019', 'IJM/2020', 'Haarr/2017', 'Enos & Roberts/2016'])
      expect(found).toContain(expected);
    for (const c of segmented.citations) expect(clean.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('003: thesis abstract with a title block', () => {
  const { segmented } = parsed['003'];

  it('reads both titles in readable case and the author', () => {
    expect(segmented.title.id?.value).toBe(
      'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
    );
    expect(segmented.title.en?.value).toBe(
      "International Organization for Migration's Efforts in Handling Human Trafficking in Indonesia in 2023-2024",
    );
    expect(segmented.title.id?.provenance.source).toBe('extracted');
    expect(values(segmented.authors)).toEqual(['Nurul Aida Amalia']);
    expect([segmented.affiliation, segmented.year]).toEqual([null, null]);
  });

  it('reads abstracts and keywords per language, without Markdown', () => {
    expect(segmented.abstracts.id?.value).toMatch(
      /^Perdagangan manusia merupakan .* program-program yang dijalankan\.$/,
    );
    expect(segmented.abstracts.id?.value).not.toContain('*');
    expect(segmented.abstracts.en?.value).toMatch(/^Human trafficking is one of .* being implemented\.$/);
    expect(values(segmented.keywords.id)).toEqual([
      'Perdagangan manusia',
      'IOM',
      'Indonesia',
      'penanganan',
      '2023–2024',
    ]);
    expect(values(segmented.keywords.en)).toEqual([
      'Human trafficking',
      'IOM',
      'Indonesia',
      'response efforts',
      '2023–2024',
    ]);
  });
});

describe('004: journal article with full references', () => {
  const { segmented, clean } = parsed['004'];

  it('reads the title block', () => {
    expect(segmented.title.id?.value).toBe(
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    );
    expect(values(segmented.authors)).toEqual(['Eriston Saragih', 'Alfajri']);
    expect(segmented.affiliation?.value).toMatch(
      /Program Studi Hubungan Internasional.*Universitas Islam Riau/,
    );
    expect(segmented.email?.value).toBe('eristonsaragih@student.uir.ac.id');
    expect([segmented.venue, segmented.year]).toEqual([null, null]);
  });

  it('reads the English abstract first, then the Indonesian one, with keywords per language', () => {
    expect(segmented.abstracts.en?.value).toMatch(/^This research discusses the efforts of IOM/);
    expect(segmented.abstracts.id?.value).toMatch(
      /^Penelitian ini membahas upaya IOM .* mentoring, serta kampanye/,
    );
    expect(values(segmented.keywords.en)).toEqual([
      'IOM (International Organization for Migration)',
      'Human Trafficking',
      'Indonesia',
    ]);
    expect(values(segmented.keywords.id)).toEqual([
      'IOM (Organisasi Internasional untuk Migrasi)',
      'Perdagangan Manusia',
      'Indonesia',
    ]);
  });

  it('finds sections, sub-headings and numbered parts', () => {
    expect(segmented.sections.map((s) => [s.heading, s.level])).toEqual([
      ['PENDAHULUAN', 1],
      ['METODE PENELITIAN', 1],
      ['HASIL DAN PEMBAHASAN', 1],
      ['Sejarah Human Trafficking', 2],
      ['Perkembangan Human Trafficking Tahun 2017-2022', 2],
      ['Peran Organisasi Internasional terhadap Human Trafficking', 2],
      ['1. Peran Organisasi Internasional Menurut Clive Archer', 3],
      ['2. Peran IOM sebagai Instrumen dalam Menangani Kasus Human Trafficking di Indonesia', 3],
      ['3. Peran IOM sebagai Arena dalam Menangani Kasus Human Trafficking di Indonesia', 3],
      ['4. Peran IOM sebagai Aktor Dalam Menangani Kasus Human Trafficking di Indonesia', 3],
      ['SIMPULAN', 1],
      ['DAFTAR PUSTAKA', 1],
    ]);
  });

  it('finds one table and seven figures', () => {
    expect(segmented.captions.filter((c) => c.kind === 'table').map((c) => c.text)).toEqual([
      'Kerangka Kerja Human Trafficking',
    ]);
    expect(segmented.captions.filter((c) => c.kind === 'figure').map((c) => c.label)).toEqual([
      'Gambar 1',
      'Gambar 2',
      'Gambar 3',
      'Gambar 4',
      'Gambar 5',
      'Gambar 6',
      'Gambar 7',
    ]);
  });

  it('parses the 27 references, joining the two continuation lines', () => {
    const refs = segmented.references;
    expect(refs).toHaveLength(27);
    expect(refs[0]).toMatchObject({
      authors: ['Al Ghifari, M. A.', 'Wibawa, S.'],
      year: 2021,
      venue: 'Padjadjaran Journal of International Relations',
    });
    expect(refs.find((r) => r.authors[0] === 'Archer, C.')).toMatchObject({
      year: 2001,
      title: 'International Organization: Role and Function of Organizations',
    });
    expect(refs.find((r) => r.authors[0] === 'Iskandar, I.')).toMatchObject({
      year: 2021,
      doi: '10.30641/ham.2021.12.385-404',
    });
    expect(refs.find((r) => r.authors[0] === 'RRI')?.year).toBe(2023);
    const ilmu = refs.find((r) => r.authors[0] === 'Ilmu, K.');
    expect(ilmu?.raw).toMatch(/politikomindonesia sika\.ac\.id\/index\.php\/politikomindonesia\.$/);
    const triyono = refs.find((r) => r.authors[0] === 'Triyono, L.');
    expect(triyono?.raw).toMatch(
      /Available at: https:\/\/www\.voaindonesia\.com\/a\/pem-berantasan.*\(Accessed: 30 September 2019\)\.$/,
    );
    expect(refs.at(-1)).toMatchObject({ authors: ['Winadya, F. A.'], year: 2019 });
    expect(Math.max(...refs.map((r) => r.year ?? 0))).toBe(2023);
  });

  it('strips markup and superscripts and keeps real hyphenated words', () => {
    expect(clean.text).not.toMatch(/\*|¹|²|\^\{|<https?:/);
    expect(clean.text).toContain('mengurus hal-hal yang berkaitan');
  });
});
