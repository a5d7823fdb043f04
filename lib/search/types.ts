// Public contract of the search library (used by the ingest and the Next.js pages) plus the in-memory index shape.
import type { GlossaryEntry } from '../vocabulary/types';
import type { Bigrams } from './bigrams';
import type { Champions } from './champions';

export type { GlossaryEntry };

export const FACET_KEYS = [
  'organisation',
  'country',
  'framework',
  'kind',
  'language',
  'year',
  'period',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export interface IndexableStudy {
  id: string;
  title: { id?: string; en?: string };
  abstract: { id?: string; en?: string };
  keywords: { id: string[]; en: string[] };
  /** Searchable as words and with `author:`; absent in old fixtures. */
  authors?: string[];
  /** The journal or series a study appeared in, searchable with `venue:`. */
  venue?: string | null;
  sections: { heading: string; language?: 'id' | 'en'; text: string }[]; // body, in the document's order
  facets: {
    organisation: string[];
    country: string[];
    framework: string[];
    kind: string;
    language: string[];
    year: number | null;
    period: { from: number; to: number } | null;
  };
  display: Record<string, unknown>; // opaque JSON-serialisable summary returned with each hit
}

/** `page` is 1-based; `filters` are OR within one facet and AND across facets. `period` accepts "2010s" or a year. */
export interface SearchRequest {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  page: number;
  size: number;
  language: 'all' | 'id' | 'en';
  /** 'all' (default): every word or phrase must match, falling back to 'any' when nothing does; 'any': any of them, most matched first. */
  match?: MatchMode;
  /** 'relevance' (default; ingest order for an empty query), or by publication year, unknown years last. */
  sort?: SortOrder;
  /** Publication year within the range (both ends included); a study of unknown year is left out. */
  year?: YearRange;
  /** Studied period overlapping the range; a study of unknown period is left out. */
  period?: YearRange;
}
export type MatchMode = 'all' | 'any';
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export interface YearRange {
  from?: number;
  to?: number;
}
export interface Snippet {
  section: string;
  html: string; // escaped text with <mark> around matched words
}
export interface SearchHit {
  id: string;
  score: number;
  snippet: Snippet | null;
  display: Record<string, unknown>;
}
export interface FacetCount {
  value: string;
  count: number;
}
export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets: Record<FacetKey, FacetCount[]>;
  /** The mode the hits were collected in: 'any' when asked for, or when no document matched every word. */
  match: MatchMode;
  query: { terms: string[]; expanded: string[] };
  /** For a query that found nothing: the query with unknown words replaced by the index's nearest words, if that finds something. */
  didYouMean: string | null;
}
export interface Suggestion {
  kind: 'study' | 'organisation' | 'framework' | 'term';
  label: string;
  value: string;
}
export interface BuildOptions {
  glossary?: GlossaryEntry[];
  extraSuggestions?: Suggestion[];
}

export type Lang = 'id' | 'en';

/** One glossary phrase analysed in its own language: slots of alternative terms, `gap` = positions after the previous slot. */
export interface GlossaryPhrase {
  entry: number;
  label: string;
  lang: Lang;
  slots: { gap: number; terms: string[] }[];
}

/**
 * The loaded index. Postings are CSR typed arrays over dense document numbers (0..docCount-1):
 * term t owns entries termStart[t]..termStart[t+1]; entry e has a document postDocs[e], a precomputed BM25F impact
 * postImpact[e] and positions positions[posStart[e]..posStart[e+1]] (field << FIELD_SHIFT | token index).
 */
export interface SearchIndex {
  docCount: number;
  ids: string[];
  terms: string[];
  termIds: Map<string, number>;
  termStart: Uint32Array;
  postDocs: Uint32Array;
  /** BM25F impact in [0, 1) quantised to 0..255 (a byte per posting, as Lucene does with norms). */
  postImpact: Uint8Array;
  posStart: Uint32Array;
  positions: Uint32Array;
  /** Folded surface words seen in the corpus, sorted; `surfaceByEnd` orders them by their reversed spelling (typos). */
  surface: string[];
  surfaceByEnd: Uint32Array;
  facets: FacetData;
  /** Per-document display JSON, UTF-8, kept in memory. */
  headers: Uint8Array;
  headerStart: Uint32Array;
  /** The label a snippet from piece i shows: labels[pieceLabel[i]] ("Abstrak", "Title", a section heading). */
  labels: string[];
  pieceLabel: Uint32Array;
  /**
   * Field texts as UTF-8 pieces: piece i = readStore(storeStart[i], storeEnd[i]); document d owns pieces
   * docPiece[d]..docPiece[d + 1], one per field. The first hotBytes of the store hold every document's titles,
   * abstracts and keywords (the fields most snippets show) and stay in memory after a load; body sections after
   * them are read from the index file on demand. After a build everything is in memory.
   */
  readStore: (start: number, end: number) => Uint8Array;
  storeStart: Uint32Array;
  storeEnd: Uint32Array;
  hotBytes: number;
  storeBytes: number;
  docPiece: Uint32Array;
  /** Piece i's token marks are tokenMarks[markStart[i]..markStart[i + 1]]: byte offsets of tokens 0, MARK_EVERY, .... */
  markStart: Uint32Array;
  tokenMarks: Uint32Array;
  /** Facet counts and best entries of frequent terms (see champions.ts). */
  champions: Champions;
  /** Adjacent pairs of frequent terms, for fast two-word phrases (see bigrams.ts). */
  bigrams: Bigrams;
  glossary: GlossaryPhrase[];
  suggestions: Suggestion[];
}

/** Facet values live in one global value space; `values[v]` = [facet, value]. Both directions are CSR arrays. */
export interface FacetData {
  values: [FacetKey, string][];
  docValStart: Uint32Array;
  docVals: Uint32Array;
  valDocStart: Uint32Array;
  valDocs: Uint32Array;
  periodFrom: Int16Array; // -1 when unknown
  periodTo: Int16Array;
}
