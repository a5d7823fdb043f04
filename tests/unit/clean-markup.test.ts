import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import { stripMarkup } from '@/lib/ingest/clean/markup';
import { mapText } from '@/lib/ingest/clean/mapped-text';
import { decodedOf } from './clean-helpers';

const strip = (text: string) => stripMarkup(mapText(text)).text.text;

describe('stripMarkup', () => {
  it('removes bold that wraps a title over three lines', () => {
    expect(strip('**UPAYA IOM\nDALAM MENANGANI\nTAHUN 2017**')).toBe(
      'UPAYA IOM\nDALAM MENANGANI\nTAHUN 2017',
    );
  });

  it('removes star and underscore italics but keeps stars and underscores that are not emphasis', () => {
    expect(strip('kasus *human trafficking* dan _soft power_')).toBe(
      'kasus human trafficking dan soft power',
    );
    expect(strip('see https://a.org/x_y_z and 2 * 3')).toBe('see https://a.org/x_y_z and 2 * 3');
  });

  it('removes superscript markers in every spelling', () => {
    expect(strip('¹Eriston Saragih & ²Alfajri')).toBe('Eriston Saragih & Alfajri');
    expect(strip('^{1,2} Program Studi')).toBe(' Program Studi');
    expect(strip('Riau<sup>3</sup>')).toBe('Riau');
  });

  it('unwraps angle-bracketed URLs and drops a doubled link', () => {
    expect(strip('Diakses <https://a.id/b>.')).toBe('Diakses https://a.id/b.');
    expect(strip('<https://a.id/b><https://a.id/b>')).toBe('https://a.id/b');
  });

  it('records each change with the original text and its offset, mapping kept characters exactly', () => {
    const result = stripMarkup(mapText('ab *cd* ef'));
    expect(result.repairs).toEqual([
      { kind: 'markup', original: '*cd*', replacement: 'cd', originalStart: 3 },
    ]);
    expect(result.text.origins[3]).toBe(4);
  });
});

describe('cleanText', () => {
  it('normalises CRLF and keeps the decoded text untouched', () => {
    const decoded = decodedOf('ABSTRAK\r\n\r\nSatu kalimat yang\r\nberlanjut di sini.\r\n');
    const clean = cleanText(decoded, { knownNames: [] });
    expect(clean.text).toBe('ABSTRAK\n\nSatu kalimat yang berlanjut di sini.');
    expect(decoded.text).toContain('\r\n');
  });

  it('maps cleaned offsets back to the original text', () => {
    const original = '**Judul Penelitian**\n\nTeks *miring* di sini.';
    const clean = cleanText(decodedOf(original), { knownNames: [] });
    const at = clean.text.indexOf('miring');
    expect(original.slice(clean.toOriginal(at), clean.toOriginal(at) + 6)).toBe('miring');
    expect(clean.toOriginal(clean.text.length)).toBe(original.length);
  });
});
