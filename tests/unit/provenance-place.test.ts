import { describe, expect, it } from 'vitest';
import { placeOf, type DocumentLayout } from '@/lib/db/provenance-place';
import { messagesFor } from '@/lib/i18n/messages';

// Shaped like 004 of the corpus: title 0-121, English abstract 300-1527, Indonesian 1626-3023, then sections.
const layout: DocumentLayout = {
  provenance: {
    titleId: { source: 'extracted', start: 0, end: 121 },
    abstractEn: { source: 'extracted', start: 300, end: 1527 },
    abstractId: { source: 'extracted', start: 1626, end: 3023 },
  },
  sections: [
    { heading: 'PENDAHULUAN', start: 3100, end: 6000 },
    { heading: 'METODE PENELITIAN', start: 6000, end: 7000 },
  ],
};
const at = (start: number, end = start + 5) => placeOf({ source: 'extracted', start, end }, layout);

describe('the place of a provenance span, as a reader names it', () => {
  it('names the title lines, each abstract, a section by its heading and the front matter', () => {
    expect(at(112, 121)).toEqual({ zone: 'title' });
    expect(at(400)).toEqual({ zone: 'abstract-en' });
    expect(at(2000)).toEqual({ zone: 'abstract-id' });
    expect(at(6500)).toEqual({ zone: 'section', heading: 'METODE PENELITIAN' });
    expect(at(150)).toEqual({ zone: 'front-matter' });
    expect(at(9000)).toEqual({ zone: 'text' });
  });

  it('has no place for a curated value or a derived one without offsets', () => {
    expect(placeOf({ source: 'curated', file: 'x.yaml' }, layout)).toBeNull();
    expect(placeOf({ source: 'derived', from: 'body sections' }, layout)).toBeNull();
  });

  it('every derived source the ingest names reads in both languages', () => {
    const en = messagesFor('en').provenanceText.derivedSources;
    const id = messagesFor('id').provenanceText.derivedSources;
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    expect(messagesFor('id').provenanceText.from(messagesFor('id').provenanceText.abstractId)).toBe(
      'dari abstrak bahasa Indonesia',
    );
  });
});
