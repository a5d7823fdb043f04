import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import { buildVocabulary, keepsHyphen } from '@/lib/ingest/clean/hyphenation';
import { looksLikeHeading } from '@/lib/ingest/clean/heading-shape';
import { decodedOf } from './clean-helpers';

const clean = (text: string) => cleanText(decodedOf(text), { knownNames: [] });

describe('paragraph joining', () => {
  it('joins lines wrapped at column width and keeps blank-line paragraphs apart', () => {
    const text = 'Kalimat pertama yang panjang\nberlanjut di baris kedua.\n\nParagraf kedua dimulai di sini.';
    expect(clean(text).text).toBe(
      'Kalimat pertama yang panjang berlanjut di baris kedua.\n\nParagraf kedua dimulai di sini.',
    );
  });

  it('re-joins a sentence cut by a blank line (page break)', () => {
    expect(clean('penerimaan manusia\n\ndengan ancaman kekerasan.').text).toBe(
      'penerimaan manusia dengan ancaman kekerasan.',
    );
  });

  it('reads double-spaced extractions: one blank line is a wrap, a longer gap is a paragraph', () => {
    const lines = [
      'Cybercrime merupakan bentuk kejahatan',
      'baru yang didefinisikan sebagai aksi',
      'kejahatan yang dilakukan dengan',
      'memanfaatkan kemajuan teknologi seperti',
      'komputer dan jaringan internet.',
      'Kasus OSEC pertama teridentifikasi',
      'pada tahun 2005 dengan jumlah lima',
      'kasus yang melibatkan warga asing.',
    ];
    const text = `PENDAHULUAN\n\n${lines.slice(0, 5).join('\n\n')}\n\n \n\n${lines.slice(5).join('\n\n')}`;
    const paragraphs = clean(text).text.split('\n\n');
    expect(paragraphs[0]).toBe('PENDAHULUAN');
    expect(paragraphs[1]).toMatch(/^Cybercrime merupakan .* jaringan internet\.$/);
    expect(paragraphs[2]).toMatch(/^Kasus OSEC pertama .* warga asing\.$/);
  });

  it('keeps headings, a two-line sub-heading, captions and keyword lines as their own paragraphs', () => {
    const text = [
      'HASIL DAN PEMBAHASAN',
      'Online Sexual Exploitation of Children (OSEC)',
      'di Filipina sebagai Cybercrime',
      'OSEC termasuk bagian dari fenomena eksploitasi yang memanfaatkan teknologi.',
      'Gambar 1. Data Kasus',
      'Kata kunci: IOM, Indonesia',
    ].join('\n');
    expect(clean(text).text.split('\n\n')).toEqual([
      'HASIL DAN PEMBAHASAN',
      'Online Sexual Exploitation of Children (OSEC) di Filipina sebagai Cybercrime',
      'OSEC termasuk bagian dari fenomena eksploitasi yang memanfaatkan teknologi.',
      'Gambar 1. Data Kasus',
      'Kata kunci: IOM, Indonesia',
    ]);
  });

  it('joins a title in capitals over three lines into one paragraph', () => {
    const text =
      'UPAYA IOM DALAM MENANGANI\nKASUS HUMAN TRAFFICKING\nDI INDONESIA TAHUN 2017-2022\n\nNAMA PENULIS';
    expect(clean(text).text.split('\n\n')[0]).toBe(
      'UPAYA IOM DALAM MENANGANI KASUS HUMAN TRAFFICKING DI INDONESIA TAHUN 2017-2022',
    );
  });

  it('keeps table rows on their own lines inside one block', () => {
    expect(clean('Proses\tCara\tTujuan\nPerekrutan\tAncaman\tEksploitasi').text).toBe(
      'Proses\tCara\tTujuan\nPerekrutan\tAncaman\tEksploitasi',
    );
  });

  it('tells heading shapes from sentences', () => {
    expect(looksLikeHeading('Perkembangan Kasus OSEC di Filipina')).toBe(true);
    expect(looksLikeHeading('IJM sebagai Agenda setter')).toBe(true);
    expect(looksLikeHeading('Peran ECPAT dalam kasus CSEC di')).toBe(false);
    expect(looksLikeHeading('(OSEC).')).toBe(false);
    expect(looksLikeHeading('Sumber: Rosenberg, 2003.')).toBe(false);
  });
});

describe('hyphenation at line ends', () => {
  it('keeps the hyphen of a reduplication, even across a blank line', () => {
    expect(clean('dalam mengurus hal-\n\nhal yang berkaitan.').text).toBe(
      'dalam mengurus hal-hal yang berkaitan.',
    );
    expect(clean('untuk masing-\nmasing wilayah.').text).toBe('untuk masing-masing wilayah.');
  });

  it('keeps the hyphen when the part after is a whole word or a name', () => {
    expect(clean('using qualitative-\ndescriptive methods.').text).toBe(
      'using qualitative-descriptive methods.',
    );
    expect(clean('PNP serta NBI-\nAHTRAD menemukan.').text).toBe('PNP serta NBI-AHTRAD menemukan.');
  });

  it('drops the hyphen of a split syllable and records the repair', () => {
    const result = clean('upaya pem-\nberantasan perdagangan manusia.');
    expect(result.text).toBe('upaya pemberantasan perdagangan manusia.');
    expect(result.repairs).toEqual([
      { kind: 'hyphenation', original: 'pem-\nberantasan', replacement: 'pemberantasan', originalStart: 6 },
    ]);
  });

  it('uses the document vocabulary as witness', () => {
    const vocabulary = buildVocabulary('penanganan kasus, anti-trafficking');
    expect(keepsHyphen('penanga', 'nan', vocabulary)).toBe(false);
    expect(keepsHyphen('anti', 'trafficking', vocabulary)).toBe(true);
  });
});
