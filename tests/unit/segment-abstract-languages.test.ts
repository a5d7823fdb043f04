// Abstracts assigned by the language they are written in, and the shapes around them: thesis ABSTRAK pages, empty
// abstract pages, front-matter pages that are never abstracts, glued and two-column headings, cut-off captures.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/ingest/segment/language';
import { segmentString } from './segment-helpers';

const ID =
  'Penelitian ini bertujuan untuk menganalisis peran organisasi internasional dalam penanganan pengungsi di Indonesia. ' +
  'Metode yang digunakan adalah kualitatif deskriptif dengan teknik studi pustaka dan wawancara. ' +
  'Hasil penelitian menunjukkan bahwa kerja sama dengan pemerintah daerah masih terbatas karena keterbatasan anggaran.';
const EN =
  'This research aims to analyse the role of international organisations in handling refugees in Indonesia. ' +
  'It uses a descriptive qualitative method with library research and interviews. ' +
  'The results show that cooperation with local governments remains limited because of budget constraints.';

const abstractsOf = (text: string) => segmentString(text).segmented;
const langs = (text: string) => Object.keys(abstractsOf(text).abstracts).sort();

describe('language detection', () => {
  it('tells short Indonesian and English sentences and titles apart', () => {
    expect(detectLanguage('Metode yang digunakan adalah kualitatif deskriptif.')).toBe('id');
    expect(detectLanguage('The method used is descriptive qualitative.')).toBe('en');
    expect(detectLanguage('Diplomasi Publik Indonesia terhadap Vanuatu')).toBe('id');
    expect(detectLanguage('Indonesian Public Diplomacy towards Vanuatu')).toBe('en');
  });

  it('puts Malay with Indonesian rather than English, and gives no language to text without words', () => {
    expect(
      detectLanguage('Dapatan kajian menunjukkan bahawa kerjasama antara kedua-dua negara masih terhad.'),
    ).toBe('id');
    expect(detectLanguage('2019 - 12 / 45')).toBeNull();
  });
});

describe('abstracts by their language', () => {
  it('assigns an "Abstract" heading over Indonesian text to Indonesian', () => {
    const doc = abstractsOf(`Abstract\n\n${ID}\n\nKata kunci: pengungsi, IOM, Indonesia`);
    expect(Object.keys(doc.abstracts)).toEqual(['id']);
  });

  it('reads an English abstract first, then the Indonesian one', () => {
    const doc = abstractsOf(
      `Abstract\n\n${EN}\n\nKeywords: refugees, IOM\n\nAbstrak\n\n${ID}\n\nKata kunci: pengungsi, IOM`,
    );
    expect(doc.abstracts.en?.value).toBe(EN);
    expect(doc.abstracts.id?.value).toBe(ID);
  });

  it('gives an empty ABSTRAK heading nothing and the text after the next heading its own language', () => {
    expect(langs(`ABSTRAK\n\nABSTRACT\n\n${EN}\n\nKeywords: refugees`)).toEqual(['en']);
    expect(langs(`ABSTRAK\n\n${EN}\n\nKeywords: refugees`)).toEqual(['en']);
  });

  it('splits both languages under one heading, in two paragraphs or run into one', () => {
    expect(langs(`ABSTRAK\n\n${ID}\n\n${EN}`)).toEqual(['en', 'id']);
    const doc = abstractsOf(`ABSTRAK\n\n${ID} ${EN}`);
    expect(doc.abstracts.id?.value).toBe(ID);
    expect(doc.abstracts.en?.value).toBe(EN);
  });

  it('keeps an abstract cut off mid-sentence as it is and marks it truncated', () => {
    const cut = `${ID.slice(0, ID.length - 40)}`;
    const doc = abstractsOf(`Abstrak\n\n${cut}`);
    expect(doc.abstracts.id?.value).toBe(cut);
    expect(doc.abstractTruncated).toEqual({ id: true });
    expect(abstractsOf(`Abstrak\n\n${ID}`).abstractTruncated).toEqual({});
  });
});

describe('what is never an abstract', () => {
  it('stores empty ABSTRAK and ABSTRACT pages as no abstract, whatever prose follows on the next pages', () => {
    const text =
      'ABSTRAK\n\nvi\n\nABSTRACT\n\nvii\n\nKATA PENGANTAR\n\n' +
      'Puji syukur penulis panjatkan atas segala rahmat sehingga penulis dapat menyelesaikan skripsi ini dengan baik. ' +
      'Penulis mengucapkan terima kasih kepada dosen pembimbing yang telah memberikan arahan selama penulisan.\n\n' +
      'DAFTAR ISI\n\nABSTRAK ........ v\n\nBAB I PENDAHULUAN ........ 1';
    expect(abstractsOf(text).abstracts).toEqual({});
  });

  it('never takes a SURAT PERNYATAAN, LEMBAR PENGESAHAN or keyword line for an abstract', () => {
    const text =
      'SURAT PERNYATAAN\n\nDengan ini saya menyatakan bahwa skripsi ini adalah hasil karya saya sendiri dan belum pernah ' +
      'diajukan untuk memperoleh gelar kesarjanaan di perguruan tinggi manapun, dan saya bersedia menerima sanksi.\n\n' +
      'LEMBAR PENGESAHAN\n\nSkripsi ini telah diuji dan disahkan oleh dewan penguji pada tanggal yang tertera di bawah ' +
      'ini sebagai salah satu syarat untuk memperoleh gelar sarjana pada program studi hubungan internasional.\n\n' +
      'ABSTRAK\n\nKata kunci: pengungsi, IOM, Indonesia';
    expect(abstractsOf(text).abstracts).toEqual({});
  });
});

describe('abstract headings in the shapes captures give them', () => {
  it('skips the title, name and form lines of a thesis ABSTRAK page', () => {
    const text =
      'ABSTRAK\n\nPERAN IOM DALAM PENANGANAN PENGUNGSI DI INDONESIA TAHUN 2016-2022\n\nOleh:\n\nSiti Rahmawati\n\n' +
      'NIM. 1510412099\n\nNama : Siti Rahmawati\n\nProgram Studi : Hubungan Internasional\n\n' +
      `${ID}\n\nKata Kunci: IOM, pengungsi`;
    expect(abstractsOf(text).abstracts.id?.value).toBe(ID);
  });

  it('finds a heading glued to the line before it and stops at the repository labels run into its end', () => {
    const doc = abstractsOf(
      `Date 2024 Show full item recordAbstract ${ID} URI http://repo.example/handle/1/2`,
    );
    expect(doc.abstracts.id?.value).toBe(ID);
    expect(doc.abstractTruncated).toEqual({});
  });

  it('reads a two-column page whose side column runs through the abstract', () => {
    const text =
      `Info Artikel ABSTRAK\n\nDiterima: 2 Mei 2021 ${ID}\n\nKata Kunci: IOM;\n\n` +
      `Article Info ABSTRACT\n\nReceived: 2 May 2021 ${EN}\n\nPENDAHULUAN\n\n${ID}`;
    const doc = abstractsOf(text);
    expect(Object.keys(doc.abstracts).sort()).toEqual(['en', 'id']);
    expect(doc.abstracts.en?.value).toContain('It uses a descriptive qualitative method');
  });

  it('takes the first strong prose before the body for an abstract when no heading says so', () => {
    const long = `${ID} Temuan ini menunjukkan perlunya koordinasi yang lebih kuat antarlembaga.`;
    const doc = abstractsOf(`PERAN IOM DI INDONESIA\n\nSiti Rahmawati\n\n${long}\n\nPENDAHULUAN\n\n${ID}`);
    expect(doc.abstracts.id?.value).toBe(long);
  });
});

describe('keywords per language', () => {
  const kw = (text: string) => {
    const { keywords } = abstractsOf(text);
    return { id: keywords.id.map((k) => k.value), en: keywords.en.map((k) => k.value) };
  };

  it('reads "Kata-kata Kunci", a doubled label and a label printed twice', () => {
    expect(kw(`Abstrak\n\n${ID}\n\nKata-kata Kunci: diplomasi publik, Vanuatu, Papua`).id).toEqual([
      'diplomasi publik',
      'Vanuatu',
      'Papua',
    ]);
    expect(kw(`Abstract\n\n${EN}\n\nKeywords: Keywords: Bali Process, people smuggling`).en).toEqual([
      'Bali Process',
      'people smuggling',
    ]);
    expect(kw(`Abstrak\n\n${ID}\n\nKata kunci: IOM, pengungsi Kata kunci: IOM, pengungsi`).id).toEqual([
      'IOM',
      'pengungsi',
    ]);
  });

  it('takes the list of a label alone from the next line and the end of a wrapped list', () => {
    expect(kw(`Abstract\n\n${EN}\n\nKeywords:\n\nhaze, peatland, forest fires`).en).toEqual([
      'haze',
      'peatland',
      'forest fires',
    ]);
    expect(kw(`Abstrak\n\n${ID}\n\nKata Kunci: ECPAT, perkawinan anak, Nusa\n\nTenggara Barat`).id).toEqual([
      'ECPAT',
      'perkawinan anak',
      'Nusa Tenggara Barat',
    ]);
  });

  it('reads an unlabelled list right after an abstract in the abstract language', () => {
    expect(kw(`Abstract\n\n${ID}\n\nWHO; FCTC; rezim internasional; Indonesia`).id).toEqual([
      'WHO',
      'FCTC',
      'rezim internasional',
      'Indonesia',
    ]);
  });

  it('splits a last item joined by "and" only between phrases of two words or more', () => {
    expect(
      kw(
        `Abstract\n\n${EN}\n\nKeywords: Interpol, cybercrime, international cooperation and transnational crime`,
      ).en,
    ).toEqual(['Interpol', 'cybercrime', 'international cooperation', 'transnational crime']);
    expect(kw(`Abstract\n\n${EN}\n\nKeywords: Amnesty, death penalty, naming and shaming`).en).toEqual([
      'Amnesty',
      'death penalty',
      'naming and shaming',
    ]);
  });

  it('files an English label over an Indonesian list beside an Indonesian abstract under Indonesian', () => {
    const out = kw(`Keywords: UNICEF, stunting, keamanan manusia, gizi anak\n\nAbstract\n\n${ID}`);
    expect(out.id).toEqual(['UNICEF', 'stunting', 'keamanan manusia', 'gizi anak']);
    expect(out.en).toEqual([]);
  });
});
