import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import { matchConfusion, nameWords } from '@/lib/ingest/clean/ocr';
import { KNOWN_NAMES, decodedOf } from './clean-helpers';

const words = nameWords(KNOWN_NAMES);
const repair = (text: string) => cleanText(decodedOf(text), { knownNames: KNOWN_NAMES });

describe('OCR repair of known names', () => {
  it('repairs tokens one confusable character away from a known name', () => {
    expect(matchConfusion('[JM', words)).toBe('IJM');
    expect(matchConfusion('7ransnational', words)).toBe('Transnational');
    expect(matchConfusion('I0M', words)).toBe('IOM');
    expect(matchConfusion('lJM', words)).toBe('IJM');
    expect(matchConfusion('Netvvorks', words)).toBe('Networks');
  });

  it('never changes genuine words, case variants or typos that are not names', () => {
    for (const token of ['IJM', 'Tan', 'transnational', 'Jiustice', 'riga', 'Organisation', 'OSECs', 'ISM']) {
      expect(matchConfusion(token, words)).toBeNull();
    }
  });

  it('removes a stray bracket glued to a known name, but not a bracket that closes', () => {
    expect(repair('sebagai [International Non-Governmental Organization (INGO).').text).toBe(
      'sebagai International Non-Governmental Organization (INGO).',
    );
    expect(repair('lihat [International Non-Governmental Organization] di sini.').text).toContain(
      '[International',
    );
  });

  it('records every OCR change with its original offset', () => {
    const original = 'peran [JM dalam (7ransnational Advocacy Networks/TAN).';
    const result = repair(original);
    expect(result.text).toBe('peran IJM dalam (Transnational Advocacy Networks/TAN).');
    const ocr = result.repairs.filter((r) => r.kind === 'ocr');
    expect(ocr.map((r) => [r.original, r.replacement])).toEqual([
      ['[JM', 'IJM'],
      ['7ransnational', 'Transnational'],
    ]);
    for (const r of ocr)
      expect(original.slice(r.originalStart, r.originalStart + r.original.length)).toBe(r.original);
  });
});
