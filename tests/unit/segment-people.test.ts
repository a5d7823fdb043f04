// Authors from every form they take, and supervisors/examiners/promotors as contributors with their role, never as
// authors; keyword lists, organisations and institutions are never authors.
import { describe, expect, it } from 'vitest';
import { parseNames } from '@/lib/ingest/segment/name-shape';
import { segmentString } from './segment-helpers';

const TITLE = 'PERAN UNHCR DALAM PERLINDUNGAN PENGUNGSI ANAK DI MALAYSIA TAHUN 2015-2020';
const ABSTRAK = 'ABSTRAK\n\nPenelitian ini bertujuan untuk menganalisis peran UNHCR di Malaysia.';
const people = (front: string) => {
  const { segmented } = segmentString(`${front}\n\n${ABSTRAK}`);
  return {
    authors: segmented.authors.map((a) => a.value),
    contributors: segmented.contributors.map((c) => `${c.value.role}: ${c.value.name}`),
  };
};

describe('names on a byline', () => {
  it('strips footnote digits, superscripts, asterisks and degrees glued to names', () => {
    const names = (line: string) => parseNames(line)?.map((n) => n.value);
    expect(names('Dewi Lestari¹*, Budi Santoso²')).toEqual(['Dewi Lestari', 'Budi Santoso']);
    expect(names('Rina Wulandari1,*, Agus Salim2')).toEqual(['Rina Wulandari', 'Agus Salim']);
    expect(names('Made Arya Putra^{1,2}, Sari Dewi^{2}')).toEqual(['Made Arya Putra', 'Sari Dewi']);
    expect(names('Rina Wulandari, S.IP., M.Si.¹, Agus Salim, Ph.D.²')).toEqual([
      'Rina Wulandari',
      'Agus Salim',
    ]);
    expect(names('Dr. Budi Santoso, S.Sos., M.A.')).toEqual(['Budi Santoso']);
  });

  it('strips superscript-letter affiliation marks and an asterisk before a digit', () => {
    const names = (line: string) => parseNames(line)?.map((n) => n.value);
    expect(names('Sari Dewi Anggunᵃ*, Bayu Putra Nugrahaᵇ')).toEqual([
      'Sari Dewi Anggun',
      'Bayu Putra Nugraha',
    ]);
    expect(names('Sari Dewi Anggun^a, Bayu Putra Nugraha^b,c')).toEqual([
      'Sari Dewi Anggun',
      'Bayu Putra Nugraha',
    ]);
    expect(names('Sari Dewi Anggun*1, Bayu Putra Nugraha2, Lina Marlina3')).toEqual([
      'Sari Dewi Anggun',
      'Bayu Putra Nugraha',
      'Lina Marlina',
    ]);
  });

  it('strips what OCR reads a superscript mark as: a quote, an apostrophe or a question mark', () => {
    const names = (line: string) => parseNames(line)?.map((n) => n.value);
    expect(names("Dewi Lestari', Budi Santoso?")).toEqual(['Dewi Lestari', 'Budi Santoso']);
    expect(names('Dewi Lestari" & Budi Santoso**')).toEqual(['Dewi Lestari', 'Budi Santoso']);
    expect(names("Dewi Lestari, S.IP, M.Si.1, Budi Santoso'")).toEqual(['Dewi Lestari', 'Budi Santoso']);
    expect(names('Dewi Lestari, S.H., M.H.1, | Gede Arya Wiratama, S.H.2')).toEqual([
      'Dewi Lestari',
      'I Gede Arya Wiratama',
    ]);
  });

  it('gives offsets that point at the name in the line', () => {
    const line = '¹Dewi Lestari & ²Budi Santoso';
    expect(parseNames(line)?.map((n) => line.slice(n.from, n.to))).toEqual(['Dewi Lestari', 'Budi Santoso']);
  });

  it('is not a list of names when a piece is a word of another kind', () => {
    expect(parseNames('Program Studi Hubungan Internasional')).toBeNull();
    expect(parseNames('Pengungsi Anak di Malaysia')).toBeNull();
    expect(parseNames('UNHCR, pengungsi, Malaysia')).toBeNull();
  });
});

describe('authors', () => {
  it('reads "Oleh:" with the name on the next line and drops the student id', () => {
    expect(people(`${TITLE}\n\nOleh:\nDEWI LESTARI\nNIM. 1701234567`).authors).toEqual(['Dewi Lestari']);
  });

  it('reads a byline with "&" and "dan"', () => {
    expect(people(`${TITLE}\n\nDewi Lestari & Budi Santoso dan Rina Wulandari`).authors).toEqual([
      'Dewi Lestari',
      'Budi Santoso',
      'Rina Wulandari',
    ]);
  });

  it('reads an OJS bulleted author list, with or without the institution on the line', () => {
    const front = `${TITLE}\n• Dewi Lestari Program Studi Hubungan Internasional, Universitas Contoh\n• Budi Santoso\nUniversitas Contoh`;
    expect(people(front).authors).toEqual(['Dewi Lestari', 'Budi Santoso']);
    // The same list through OCR, which reads a small bullet as "¢" or "»".
    const scanned = `${TITLE}\n¢ Dewi Lestari Program Studi Hubungan Internasional, Universitas Contoh\n» Budi Santoso Program Studi Ilmu Politik, Universitas Contoh`;
    expect(people(scanned).authors).toEqual(['Dewi Lestari', 'Budi Santoso']);
  });

  it('reads one name per line over its institution', () => {
    const front = `${TITLE}\nDewi Lestari\nUniversitas Contoh Raya\nBudi Santoso\nUniversitas Contoh Raya`;
    expect(people(front).authors).toEqual(['Dewi Lestari', 'Budi Santoso']);
  });

  it('reads form fields: "Nama :" and "Nama Mahasiswa :"', () => {
    expect(people('Nama          : Dewi Lestari\nNPM           : 1701234567').authors).toEqual([
      'Dewi Lestari',
    ]);
    expect(people('Nama Mahasiswa   : Budi Santoso').authors).toEqual(['Budi Santoso']);
  });

  it('reads the author of a repository citation line', () => {
    const front = 'Lestari, Dewi (2021) Peran UNHCR di Malaysia. Skripsi thesis, Universitas Contoh.';
    expect(people(front).authors).toEqual(['Dewi Lestari']);
  });

  it('has none when the text states none, and never takes keywords, organisations or institutions', () => {
    const front = [
      TITLE,
      '',
      'Kata kunci: UNHCR, Pengungsi Anak, Malaysia',
      '',
      'United Nations High Commissioner, International Organization for Migration',
      '',
      'PROGRAM STUDI HUBUNGAN INTERNASIONAL',
      'FAKULTAS ILMU SOSIAL DAN ILMU POLITIK',
    ].join('\n');
    expect(people(front).authors).toEqual([]);
  });
});

describe('contributors', () => {
  it('keeps supervisors and examiners out of the authors, with their role', () => {
    const front = [
      `Nama : Dewi Lestari`,
      'Pembimbing : Dr. Budi Santoso, M.Si.',
      '',
      'Pembimbing II:',
      'Rina Wulandari, S.IP., M.A.',
      'NIP 19860921 201504 2 001',
      '',
      'Ketua Penguji : Prof. Agus Salim, Ph.D.',
      '',
      'Promotor: Prof. Dr. Hadi Purnomo',
    ].join('\n');
    const p = people(front);
    expect(p.authors).toEqual(['Dewi Lestari']);
    expect(p.contributors).toEqual([
      'supervisor: Budi Santoso',
      'supervisor: Rina Wulandari',
      'examiner: Agus Salim',
      'promotor: Hadi Purnomo',
    ]);
  });

  it('splits an author and a supervisor printed side by side in two columns', () => {
    const front = `${TITLE}\n\nOleh: Dosen Pembimbing:\nDewi Lestari Dr. Budi Santoso, M.Si.\nNIM. 1701234567 NIP. 19800512 200501 2 003`;
    const p = people(front);
    expect(p.authors).toEqual(['Dewi Lestari']);
    expect(p.contributors).toEqual(['supervisor: Budi Santoso']);
  });

  it('reads two supervisors under two labels on one line', () => {
    const front = `Dosen Pembimbing I Dosen Pembimbing II\nDr. Budi Santoso, M.Si. Rina Wulandari, S.IP., M.A.\nNIDN. 0512078101 NIDN. 0603098902`;
    expect(people(front).contributors).toEqual(['supervisor: Budi Santoso', 'supervisor: Rina Wulandari']);
    expect(people(front).authors).toEqual([]);
  });
});

describe('repository author fields', () => {
  it('turns a surname-first author field round', () => {
    expect(people('Author: Lestari, Dewi Ayu').authors).toEqual(['Dewi Ayu Lestari']);
    expect(people('Oleh: Dewi Lestari, Budi Santoso').authors).toEqual(['Dewi Lestari', 'Budi Santoso']);
  });
});

describe('repository record fields', () => {
  it('reads a DSpace full record: author, advisor and title, and drops the catalogue rows', () => {
    const text = [
      'dc.contributor.advisor Santoso, Budi',
      'dc.contributor.author Lestari, Dewi Ayu',
      'dc.date.accessioned 2021-03-04T02:11:09Z',
      'dc.identifier.uri http://repository.contoh.ac.id/handle/123/456',
      'dc.title Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia',
      '',
      ABSTRAK,
    ].join('\n');
    const { segmented, clean } = segmentString(text);
    expect(segmented.authors.map((a) => a.value)).toEqual(['Dewi Ayu Lestari']);
    expect(segmented.contributors.map((c) => c.value)).toEqual([
      { name: 'Budi Santoso', role: 'supervisor' },
    ]);
    expect(segmented.title.id?.value).toBe('Peran UNHCR dalam Perlindungan Pengungsi Anak di Malaysia');
    expect(clean.text).not.toContain('accessioned');
  });
});

describe('lists under a heading', () => {
  it('reads the names under an "Authors" heading, each with its institution on the line', () => {
    const front = `${TITLE}\nAuthors\nDewi Lestari Universitas Contoh Raya\nBudi Santoso Universitas Contoh Raya\nDOI: https://doi.org/10.1234/x.1`;
    expect(people(front).authors).toEqual(['Dewi Lestari', 'Budi Santoso']);
  });

  it('stops an "Oleh:" list at the cover page institution block and its city', () => {
    const front = `${TITLE}\n\nOleh:\n\nDEWI LESTARI\n\nNIM 1801234\n\nPROGRAM STUDI HUBUNGAN INTERNASIONAL\nUNIVERSITAS CONTOH RAYA\nTANGERANG SELATAN\n2022`;
    expect(people(front).authors).toEqual(['Dewi Lestari']);
  });

  it('gives the names under "Komisi Pembimbing" to the supervisors', () => {
    const front = `${TITLE}\n\nOleh: Dewi Lestari\n\nKomisi Pembimbing\nKetua Anggota\nProf. Dr. Budi Santoso, M.A. Dr. Rina Wulandari, M.Si.`;
    const p = people(front);
    expect(p.authors).toEqual(['Dewi Lestari']);
    expect(p.contributors).toEqual(['supervisor: Budi Santoso', 'supervisor: Rina Wulandari']);
  });

  it('reads a byline with asterisk and digit marks over numbered affiliations with e-mails', () => {
    const front = [
      'Jurnal Contoh Kajian Wilayah',
      '',
      'Hedging Strategies of Small States Toward Rival Powers in Southeast Asia',
      '',
      'Sari Dewi Anggun*1, Bayu Putra Nugraha2, Lina Marlina3',
      '1 Universitas Contoh, Jakarta, Indonesia; sari.anggun@contoh.ac.id',
      '2 Universitas Contoh, Jakarta, Indonesia; bayu@contoh.ac.id',
      '* Corresponding author',
    ].join('\n');
    expect(people(front).authors).toEqual(['Sari Dewi Anggun', 'Bayu Putra Nugraha', 'Lina Marlina']);
  });

  it('reads an index record whose author lines put the surname first and the institution in brackets', () => {
    const front = [
      'Kerja Sama Maritim ASEAN dalam Penanganan Kapal Asing',
      'Anggun, Sari Dewi ( Universitas Contoh )',
      'Nugraha, Bayu Putra ( Universitas Contoh )',
    ].join('\n');
    expect(people(front).authors).toEqual(['Sari Dewi Anggun', 'Bayu Putra Nugraha']);
  });

  it("turns a repository's single surname-first author field round into one name", () => {
    const front = [
      'Title: Kepentingan Indonesia dalam Forum Kerja Sama Ekonomi',
      'Authors: Anggun, Sari Dewi',
    ].join('\n');
    expect(people(front).authors).toEqual(['Sari Dewi Anggun']);
  });
});
