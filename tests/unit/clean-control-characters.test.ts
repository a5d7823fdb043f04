import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/ingest/parse-document';

describe('control characters never reach the stored text', () => {
  it('removes NULs from both the decoded original and the cleaned text, as repairs that map back', () => {
    const body = 'Penelitian ini menganalisis peran IOM dalam menangani perdagangan manusia di Indonesia. ';
    const text = `ABSTRAK\n\n${body.repeat(3)}Data\u0000 sekunder\u0007 dipakai.${body.repeat(3)}`;
    const doc = parseDocument({ relativePath: 'nul.txt', bytes: Buffer.from(text), sidecar: null });
    // eslint-disable-next-line no-control-regex -- the test is about these very characters
    const control = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
    expect(doc.decoded.text).not.toMatch(control);
    expect(doc.clean.text).not.toMatch(control);
    expect(doc.clean.text).toContain('Data sekunder dipakai.');
    const repairs = doc.clean.repairs.filter((r) => r.kind === 'control-character');
    expect(repairs.map((r) => r.original)).toEqual(['␀', '␇']);
    // Each repair's offset points into the stored original, where the character was taken out.
    const at = repairs[0]?.originalStart ?? -1;
    expect(doc.decoded.text.slice(at - 4, at + 9)).toBe('Data sekunder');
    expect(JSON.stringify(doc)).not.toContain('\\u0000');
  });
});
