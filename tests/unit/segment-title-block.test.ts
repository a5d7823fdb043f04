// The title block on the shapes real inputs take: cover pages (once or twice), capitals over many lines, a title
// repeated with a typo, a title only in a "View of" line, a journal header merged into it, both languages in
// either order; and what is never a title.
import { describe, expect, it } from 'vitest';
import { segmentString } from './segment-helpers';

const ABSTRAK =
  'ABSTRAK\n\nPenelitian ini bertujuan untuk menganalisis peran organisasi internasional seperti UNHCR dan ASEAN di kawasan.';
const ABSTRACT = 'ABSTRACT\n\nThis study analyses the role of an international organisation in the region.';
const titles = (text: string) => segmentString(text).segmented.title;

describe('title block', () => {
  it('reads a thesis cover page printed twice, in capitals over several lines, once', () => {
    const cover = [
      'SKRIPSI',
      '',
      'PERAN UNHCR DALAM PERLINDUNGAN',
      'PENGUNGSI ANAK DI MALAYSIA',
      'TAHUN 2015-2020',
      '',
      'Diajukan untuk memenuhi sebagian syarat memperoleh gelar Sarjana',
      'pada Program Studi Hubungan Internasional',
      '',
      'Oleh:',
      'DEWI LESTARI',
      'NIM. 1701234567',
      '',
      'PROGRAM STUDI HUBUNGAN INTERNASIONAL',
      'UNIVERSITAS CONTOH RAYA',
      '2021',
    ].join('\n');
    const t = titles(`${cover}\n\n${cover}\n\n${ABSTRAK}`);
    expect(t.id?.value).toBe('Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia Tahun 2015-2020');
    expect(t.en).toBeUndefined();
  });

  it('keeps the first title when the ABSTRAK page repeats it with a typo', () => {
    const text = `PERAN IOM DALAM PENANGANAN\nPEKERJA MIGRAN DI SABAH\n\nABSTRAK\n\nPERAN IOM DALAM PENANGANAN PEKREJA MIGRAN DI SABAH\n\nPenelitian ini bertujuan untuk menganalisis peran IOM di Sabah.`;
    expect(titles(text).id?.value).toBe('Peran IOM dalam Penanganan Pekerja Migran di Sabah');
  });

  it('reads a title that only a "View of" wrapper line states', () => {
    const text = `View of Peran UNICEF dalam Penanganan Gizi Buruk di Papua Tahun 2019-2022\nJurnal Contoh Kajian Global\nVol. 2 No. 1 (2023), hlm. 1-20\n\n${ABSTRAK}`;
    expect(titles(text).id?.value).toBe('Peran UNICEF dalam Penanganan Gizi Buruk di Papua Tahun 2019-2022');
  });

  it('splits a journal header merged into the title line', () => {
    const text = `Jurnal Contoh Global Vol. 4 No. 1 Juni 2022 77 DIPLOMASI INDONESIA TERHADAP FIJI DALAM ISU PAPUA\nBudi Santoso, Rina Wulandari\n\n${ABSTRAK}`;
    expect(titles(text).id?.value).toBe('Diplomasi Indonesia terhadap Fiji dalam Isu Papua');
  });

  it('puts the English and the Indonesian title in their own languages, English first', () => {
    const text = [
      'THE ROLE OF ASEAN IN COMBATING HUMAN TRAFFICKING',
      'IN THE MEKONG SUBREGION, 2016-2020',
      '',
      'PERAN ASEAN DALAM MEMBERANTAS PERDAGANGAN MANUSIA',
      'DI SUBKAWASAN MEKONG TAHUN 2016-2020',
      '',
      ABSTRACT,
      '',
      ABSTRAK,
    ].join('\n');
    const t = titles(text);
    expect(t.en?.value).toBe(
      'The Role of ASEAN in Combating Human Trafficking in the Mekong Subregion, 2016-2020',
    );
    expect(t.id?.value).toBe(
      'Peran ASEAN dalam Memberantas Perdagangan Manusia di Subkawasan Mekong Tahun 2016-2020',
    );
  });

  it('gives an Indonesian title that quotes an English name to Indonesian', () => {
    const text = `Efektivitas Convention Against Trafficking in Persons dalam Penanganan Perdagangan Manusia\n\n${ABSTRAK}`;
    expect(Object.keys(titles(text))).toEqual(['id']);
  });

  it('reads the title of a "Judul :" field with its continuation lines', () => {
    const text = `ABSTRAK\n\nNama          : Dewi Lestari\nJudul         : Peran UNHCR dalam Perlindungan\n                Pengungsi Anak di Malaysia\nPembimbing    : Dr. Budi Santoso, M.Si.\n\nPenelitian ini bertujuan untuk menganalisis peran UNHCR di Malaysia.`;
    expect(titles(text).id?.value).toBe('Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia');
  });

  it('never takes a cover statement, an institution, a name, a journal, a keyword line or a date for a title', () => {
    const text = [
      'SKRIPSI',
      '',
      'Diajukan untuk memenuhi sebagian syarat memperoleh gelar Sarjana Ilmu Politik',
      '',
      'Jurnal Kajian Hubungan Internasional dan Diplomasi',
      '',
      'FAKULTAS ILMU SOSIAL DAN ILMU POLITIK UNIVERSITAS CONTOH RAYA',
      '',
      'Ni Komang Ayu Sridana, Yosafat Pardamean Siregar',
      '',
      'Kata kunci: peran organisasi, pengungsi di Asia, diplomasi kemanusiaan',
      '',
      'Yogyakarta, 3 Agustus 2020',
      '',
      ABSTRAK,
    ].join('\n');
    const t = titles(text);
    expect(t.id?.provenance.source).toBe('derived');
  });

  it('derives a title, marked derived, when the text states none', () => {
    const t = titles(ABSTRAK);
    expect(t.id?.provenance.source).toBe('derived');
    expect(t.id?.value).toMatch(/^Peran organisasi internasional/);
  });
});

describe('two titles with no blank line between them', () => {
  it('keeps the Indonesian and the English title apart', () => {
    const text = `Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia\nThe Role of UNHCR in the Protection of Refugee Children in Malaysia\n\n${ABSTRAK}`;
    const t = titles(text);
    expect(t.id?.value).toBe('Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia');
    expect(t.en?.value).toBe('The Role of UNHCR in the Protection of Refugee Children in Malaysia');
  });

  it('splits a journal header merged into a title in mixed case', () => {
    const text = `Jurnal Contoh Global Vol. 4 No. 1 Juni 2022 77 Diplomasi Indonesia terhadap Fiji dalam Isu Papua\n\n${ABSTRAK}`;
    expect(titles(text).id?.value).toBe('Diplomasi Indonesia terhadap Fiji dalam Isu Papua');
  });
});

describe('repository records and noisy covers', () => {
  it("reads a DSpace full record's dc.title and people from its table, after the abstract row", () => {
    const text = [
      'Repositori Universitas Contoh',
      'Item Lengkap',
      '',
      'dc.contributor.advisor\tSantoso, Budi Hartono',
      'dc.contributor.author\tLestari, Dewi Ayu',
      'dc.date.issued\t2020-05-04',
      'dc.description.abstract\tPenelitian ini bertujuan untuk menganalisis peran UNHCR dalam perlindungan pengungsi anak di Malaysia pada tahun 2015 sampai 2020 dengan konsep rezim internasional.\tid',
      'dc.language.iso\tid\tid',
      'dc.title\tPeran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia Tahun 2015-2020\tid',
      'dc.type\tThesis\tid',
    ].join('\n');
    const { segmented } = segmentString(text);
    expect(segmented.title.id?.value).toBe(
      'Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia Tahun 2015-2020',
    );
    expect(segmented.title.en).toBeUndefined();
    expect(segmented.authors.map((a) => a.value)).toEqual(['Dewi Ayu Lestari']);
    expect(segmented.contributors.map((c) => `${c.value.role}: ${c.value.name}`)).toEqual([
      'supervisor: Budi Hartono Santoso',
    ]);
  });

  it('reads a master\'s cover title in capitals over three lines, "dan" inside, as the title and not as names', () => {
    const text = [
      'TESIS',
      '',
      'KERJA SAMA INDONESIA DAN JEPANG',
      'DALAM PENGEMBANGAN ENERGI',
      'TERBARUKAN PERIODE 2012-2018',
      '',
      'Oleh:',
      'DEWI AYU LESTARI',
      'NPM 1806123456',
      '',
      ABSTRAK,
    ].join('\n');
    const { segmented } = segmentString(text);
    expect(segmented.title.id?.value).toMatch(
      /^Kerja Sama Indonesia dan Jepang dalam Pengembangan Energi Terbarukan/,
    );
    expect(segmented.authors.map((a) => a.value)).toEqual(['Dewi Ayu Lestari']);
  });

  it('keeps an OCR\'d capitals title whole when a capital I was read as "l" inside a word', () => {
    const text = [
      'PERAN INTERNATIONAL ORGANIZATlON FOR MIGRATION',
      'DALAM PENANGANAN PENGUNGSI',
      'DI INDONESIA TAHUN 2015-2020',
      '',
      'Dewi Ayu Lestari1, Budi Hartono2',
      '',
      ABSTRAK,
    ].join('\n');
    expect(titles(text).id?.value).toBe(
      'Peran International Organization for Migration dalam Penanganan Pengungsi di Indonesia Tahun 2015-2020',
    );
  });
});
