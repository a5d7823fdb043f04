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
