import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import { isNameList, isPageNumber, isVenueLine } from '@/lib/ingest/clean/running-headers';
import { decodedOf, readVariant } from './clean-helpers';

describe('running headers and page numbers', () => {
  it('tells page numbers from cover-page years', () => {
    expect(isPageNumber(' 364 ')).toBe(true);
    expect(isPageNumber('- 12 -')).toBe(true);
    expect(isPageNumber('Halaman 3')).toBe(true);
    expect(isPageNumber('2022')).toBe(false);
    expect(isPageNumber('Bab 2')).toBe(false);
  });

  it('recognises venue footers and author headers', () => {
    expect(isVenueLine('DIKSHI Vol. 3 No. 2, Januari 2024 |')).toBe(true);
    expect(isVenueLine('Penelitian ini menggunakan data')).toBe(false);
    expect(isNameList('A.A.A.K. Devi, N.W.R. Priadarsini, P.T.K. Resen')).toBe(true);
    expect(isNameList('Devi, Priadarsini, Resen')).toBe(true);
    expect(isNameList('kekerasan. uatu negara untuk mendapatkan')).toBe(false);
  });

  it('drops a header on every page and re-joins the sentences it cut', () => {
    const clean = cleanText(decodedOf(new TextDecoder().decode(readVariant('running-headers.txt'))), {
      knownNames: [],
    });
    expect(clean.text).not.toContain('Jurnal Kajian Global');
    expect(clean.text).not.toMatch(/\b1[234]\b/);
    expect(clean.text).toContain('organisasi internasional untuk memperkuat kapasitas');
    expect(clean.text).toContain('bekerja di tingkat lokal');
    expect(clean.text.split('\n\n')).toHaveLength(2);
    const kinds = clean.repairs.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'page-number')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'running-header')).toHaveLength(6);
  });

  it('drops a single page-furniture cluster around a lone page number', () => {
    const text = [
      'yang akan diberikan kepada korban kekerasan. Bantuan diberikan kepada',
      '',
      'A. Penulis, B. Kedua',
      'Jurnal Contoh Vol. 1 No. 2, Mei 2020 |',
      '',
      ' 88',
      'korban sampai mereka pulih kembali.',
    ].join('\n');
    const clean = cleanText(decodedOf(text), { knownNames: [] });
    expect(clean.text).toBe(
      'yang akan diberikan kepada korban kekerasan. Bantuan diberikan kepada korban sampai mereka pulih kembali.',
    );
    const header = clean.repairs.find((r) => r.original.startsWith('Jurnal'));
    expect(header && text.slice(header.originalStart, header.originalStart + 7)).toBe('Jurnal ');
  });

  it('keeps a heading that the body quotes several times', () => {
    const line = 'International Justice Missions (IJM)';
    const text = [
      `Akhir kalimat.`,
      line,
      `${line}`,
      'merupakan organisasi.',
      'Lalu.',
      line,
      'Teks lagi.',
    ].join('\n');
    const clean = cleanText(decodedOf(text), { knownNames: [] });
    expect(clean.text.match(/International Justice Missions/g)).toHaveLength(3);
  });
});

const cleanOf = (text: string) => cleanText(decodedOf(text), { knownNames: [] });
const furniture = (text: string) =>
  cleanOf(text).repairs.filter((r) => r.kind === 'running-header' || r.kind === 'page-number');

describe('running-header removal keeps tables, lists and numbered lines', () => {
  it('keeps the rows of a table of figures whose rows share one shape', () => {
    const rows = [
      'Kasus TPPO 2019: 120',
      'Kasus TPPO 2020: 135',
      'Kasus TPPO 2021: 160',
      'Kasus TPPO 2022: 171',
    ];
    const text = ['Tabel 1. Jumlah kasus per tahun', ...rows, '', 'Jumlah kasus terus naik.'].join('\n');
    expect(furniture(text)).toEqual([]);
    for (const row of rows) expect(cleanOf(text).text).toContain(row);
  });

  it('keeps a column of figures, one number per line, that looks like page numbers', () => {
    const text = ['Jumlah korban per tahun:', '', '120', '135', '160', '171', '', 'Sumber: data IOM.'].join(
      '\n',
    );
    expect(furniture(text)).toEqual([]);
    expect(cleanOf(text).text).toMatch(/120.*135.*160.*171/s);
  });

  it('keeps every item of a long nested list whose items repeat', () => {
    const block = [
      '1. Pencegahan',
      '   a. Pelatihan aparat',
      '      - Modul dasar',
      '      - Modul lanjutan',
    ];
    const text = Array.from({ length: 500 }, () => block.join('\n')).join('\n');
    const clean = cleanOf(text);
    expect(furniture(text)).toEqual([]);
    expect(clean.text.match(/Modul lanjutan/g)).toHaveLength(500);
  });

  it('keeps numbered headings that differ only in their numbers', () => {
    const text = Array.from({ length: 300 }, (_, i) => `2.${i % 9}.${i % 7} Kerangka Teori`).join('\n');
    expect(furniture(text)).toEqual([]);
  });

  it('keeps a paragraph that the document writes out many times', () => {
    const paragraph = [
      'Organisasi internasional memiliki peran yang semakin penting dalam',
      'menangani masalah lintas batas seperti perdagangan manusia dan',
      'penyelundupan migran di kawasan Asia Tenggara pada tahun 2019.',
    ].join('\n');
    const text = Array.from({ length: 200 }, () => paragraph).join('\n\n');
    expect(furniture(text)).toEqual([]);
    expect(cleanOf(text).text.match(/Asia Tenggara/g)).toHaveLength(200);
  });

  it('still drops a header that recurs at page intervals between different text', () => {
    const topics = ['pelatihan', 'pencegahan', 'perlindungan', 'pemulangan', 'koordinasi', 'advokasi'];
    const pages = topics.map((topic, p) =>
      [
        `Bagian tentang ${topic} dimulai di sini dan`,
        `berlanjut dengan uraian ${topic} di baris kedua`,
        `sampai akhir halaman tentang ${topic} ini`,
        `Jurnal Kajian Global Vol. 5 No. 1 | ${p + 20}`,
      ].join('\n'),
    );
    const repairs = furniture(pages.join('\n'));
    expect(repairs.map((r) => r.kind)).toEqual(Array(6).fill('running-header'));
  });
});
