import type { SegmentedDocument } from './types';

/** A segmented document with nothing found yet: the start for a front that knows its fields (a harvested record). */
export function emptySegmentedDocument(): SegmentedDocument {
  return {
    title: {},
    authors: [],
    contributors: [],
    abstractTruncated: {},
    affiliation: null,
    email: null,
    venue: null,
    volume: null,
    issue: null,
    year: null,
    abstracts: {},
    keywords: { id: [], en: [] },
    sections: [],
    captions: [],
    references: [],
    citations: [],
  };
}
