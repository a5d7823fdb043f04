import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/ingest/parse-document';
import { MAX_KEYWORDS, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '@/lib/ingest/segment/bounds';
import { segmentString } from './segment-helpers';

const ABSTRACT = [
  'ABSTRAK',
  '',
  'Penelitian ini menganalisis peran IOM dalam menangani perdagangan manusia di Indonesia. Data sekunder dipakai.',
].join('\n');

describe('length bounds on titles, names and keywords', () => {
  it('does not take a stated title longer than the bound; the title is derived as when none is stated', () => {
    const runaway =
      `Upaya Organisasi Internasional ${'Dalam Menangani Perdagangan Manusia '.repeat(12)}`.trim();
    expect(runaway.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    const { segmented } = segmentString(`${runaway}\n\n${ABSTRACT}`);
    expect(segmented.title.id?.provenance.source).toBe('derived');
    expect(segmented.title.id?.value).toBe('Peran IOM dalam menangani perdagangan manusia di Indonesia');
  });

  it('bounds a derived title when the abstract has long runs without spaces', () => {
    const words = Array.from({ length: 30 }, (_, i) => `${'kata'.repeat(40)}${i}`);
    const { segmented } = segmentString(`ABSTRAK\n\n${words.join(' ')}.`);
    const title = segmented.title.id?.value ?? '';
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('keeps a 210,000-character abstract from becoming the title', () => {
    const words = Array.from({ length: 30 }, () => 'x'.repeat(7000));
    const text = `ABSTRAK\n\n${words.join(' ')}.`;
    const doc = parseDocument({ relativePath: 'long.txt', bytes: Buffer.from(text), sidecar: null });
    for (const title of Object.values(doc.title))
      expect(title.value.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('does not take an over-long name on an author line for an author', () => {
    const long = `Ab${'c'.repeat(MAX_NAME_LENGTH)} Daulay`;
    const { segmented } = segmentString(`Oleh: Siti Rahma, ${long}\n\n${ABSTRACT}`);
    expect(segmented.authors.map((a) => a.value)).toEqual(['Siti Rahma']);
  });

  it('ends a keyword list at an item too long to be a keyword, and at MAX_KEYWORDS items', () => {
    const ran = `Kata kunci: IOM, perdagangan manusia, ${'uraian yang terus berlanjut tanpa henti '.repeat(5)}, Indonesia`;
    const { segmented } = segmentString(`${ABSTRACT}\n\n${ran}`);
    expect(segmented.keywords.id.map((k) => k.value)).toEqual(['IOM', 'perdagangan manusia']);
    const many = `Kata kunci: ${Array.from({ length: 500 }, (_, i) => `istilah ${i}`).join(', ')}`;
    expect(segmentString(`${ABSTRACT}\n\n${many}`).segmented.keywords.id).toHaveLength(MAX_KEYWORDS);
  });
});
