import { describe, expect, it } from 'vitest';
import { analyseToken, fold, isAcronym, scanAsciiTokens, scanTokens, tokenize } from '@/lib/search/analyse';

const shares = (a: string[], b: string[]) => a.some((t) => b.includes(t));

describe('search analyser', () => {
  it('lets penanganan, menangani and ditangani find each other (nasal-prefix candidates)', () => {
    const forms = ['penanganan', 'menangani', 'ditangani', 'tangani'].map((w) => analyseToken(w, 'id'));
    for (const a of forms) for (const b of forms) expect(shares(a, b)).toBe(true);
  });

  it('stems other Indonesian affix pairs', () => {
    const pairs = [
      ['perdagangan', 'diperdagangkan'],
      ['perlindungan', 'melindungi'],
      ['mengirim', 'dikirim'],
      ['pengaruh', 'mempengaruhi'],
      ['kerjasama', 'bekerjasama'],
      ['kebijakan', 'bijak'],
    ] as const;
    for (const [a, b] of pairs)
      expect(shares(analyseToken(a, 'id'), analyseToken(b, 'id')), `${a} ~ ${b}`).toBe(true);
  });

  it('stems English, British and American spellings alike', () => {
    const pairs = [
      ['trafficking', 'traffickers'],
      ['organisation', 'organizations'],
      ['analysed', 'analyze'],
      ['networks', 'network'],
    ] as const;
    for (const [a, b] of pairs) expect(analyseToken(a, 'en')).toEqual(analyseToken(b, 'en'));
  });

  it('drops stop words per language only', () => {
    expect(analyseToken('dan', 'id')).toEqual([]);
    expect(analyseToken('the', 'en')).toEqual([]);
    expect(analyseToken('the', 'id')).not.toEqual([]);
  });

  it('folds case and diacritics', () => {
    expect(fold('Filipína')).toBe('filipina');
    expect(analyseToken('ÉKSPLOITASI', 'id')).toEqual(analyseToken('eksploitasi', 'id'));
  });

  it('keeps acronyms whole, even when they look like stop words', () => {
    expect(isAcronym('TPPO')).toBe(true);
    expect(isAcronym('NGOs')).toBe(true);
    expect(isAcronym('Tan')).toBe(false);
    expect(analyseToken('IOM', 'en')).toEqual(['en:iom']);
    expect(analyseToken('OSEC', 'id')).toEqual(['id:osec']);
    expect(analyseToken('AS', 'en')).toEqual(['en:as']); // Amerika Serikat, not the English "as"
  });

  it('tokenises on apostrophes and hyphens with offsets', () => {
    const toks = tokenize("IJM's kualitatif-deskriptif");
    expect(toks.map((t) => t.raw)).toEqual(['IJM', 's', 'kualitatif', 'deskriptif']);
    expect(toks[2]).toMatchObject({ start: 6, end: 16 });
  });
});

describe('tokenize', () => {
  it('finds exactly the letter-and-digit runs the Unicode pattern finds', () => {
    const alphabet = [
      'a',
      'Z',
      '9',
      ' ',
      '-',
      "'",
      'é',
      'e\u0301',
      'ñ',
      'ß',
      'İ',
      '’',
      '—',
      '日本',
      '𝔘',
      '😀',
      '\u00a0',
      '٣',
      '_',
      '.',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
        raw: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }));
      expect(tokenize(text)).toEqual(expected);
      expect(tokenize(text, 3)).toEqual(expected.slice(0, 3));
    }
  });

  it('scans ASCII bytes to the same tokens, and gives up at the first other byte', () => {
    const tokens = (starts: Int32Array, ends: Int32Array, n: number) =>
      Array.from({ length: n }, (_, i) => [starts[i], ends[i]]);
    const a = [new Int32Array(64), new Int32Array(64)] as const;
    const b = [new Int32Array(64), new Int32Array(64)] as const;
    for (const text of [
      '  TPPO, human-trafficking (2024) & <b>IOM</b>.',
      'word',
      '',
      '...',
      'a b c d e f g h',
    ]) {
      for (const limit of [0, 1, 3, 64]) {
        const n = scanAsciiTokens(Buffer.from(text), limit, ...a);
        expect(tokens(...a, n)).toEqual(tokens(...b, scanTokens(text, 0, limit, ...b)));
      }
    }
    expect(scanAsciiTokens(Buffer.from('kebijakán negara'), 5, ...a)).toBe(-1);
  });
});
