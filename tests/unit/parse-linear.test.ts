// Parsing time grows linearly with the input: shapes that used to be quadratic (issue 11) parse 128 KB in well
// under a second now, where they took from 4 s to over 30 s. The bound is loose so a busy machine does not fail it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/ingest/parse-document';
import { matchEmail } from '@/lib/ingest/segment/front-matter';
import { hostileDocument, type HostileShape } from '../bench/hostile-documents';

const SIZE = 128 * 1024;
const BOUND_MS = 4000;

function parseMs(text: string): number {
  const bytes = Buffer.from(text);
  const started = performance.now();
  parseDocument({ relativePath: 'hostile.txt', bytes, sidecar: null });
  return performance.now() - started;
}

describe('parsing hostile documents takes time linear in their size', () => {
  parseMs(hostileDocument('ordinary', 16 * 1024)); // vocabularies and matchers compile on the first document
  const shapes: HostileShape[] = ['repeated', 'numbered-headings', 'figures', 'references', 'nested-lists'];
  for (const shape of shapes) {
    it(`parses 128 KB of ${shape} quickly`, () => {
      expect(parseMs(hostileDocument(shape, SIZE))).toBeLessThan(BOUND_MS);
    });
  }

  it('parses a long run of capitals (once a quadratic narrative-citation search) quickly', () => {
    expect(parseMs(`ABSTRAK\n\nIsi ${'A'.repeat(SIZE)} akhir`)).toBeLessThan(BOUND_MS);
  });

  it('parses a long run of word characters (once a quadratic e-mail search) quickly', () => {
    expect(parseMs('x'.repeat(SIZE))).toBeLessThan(BOUND_MS);
    expect(parseMs(`${'pem-\nbera-\n'.repeat(SIZE / 12)}`)).toBeLessThan(BOUND_MS);
  });
});

describe('matchEmail', () => {
  it('finds what the e-mail pattern finds', () => {
    const pattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
    const samples = [
      'Email: siti.rahma@univ-contoh.ac.id.',
      'a@b c@d.org',
      'korespondensi: @twitter lalu budi+x@mail.co.id',
      'no address here @ all',
      'x@y',
    ];
    for (const text of samples) {
      const expected = pattern.exec(text);
      expect(matchEmail(text)).toEqual(expected ? { index: expected.index, value: expected[0] } : null);
    }
  });
});
