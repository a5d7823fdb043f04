// The index file's format, shared by the writer (persist.ts) and the loader (load-index.ts): a magic word, a
// version, a JSON header and 8-byte-aligned typed-array sections.
import type { FacetKey, GlossaryPhrase, Suggestion } from './types';

export const INDEX_FILE = 'search-index.bin';
export const MAGIC = 'TELAAHIX';
// 12: author and venue fields, and field-tagged terms ("id:au:...") for field queries.
export const VERSION = 12;
/** The on-disk format; an index written in another format is rebuilt, never read. */
export const SEARCH_INDEX_FORMAT = VERSION;

export type Arr = Uint32Array | Int32Array | Float32Array | Int16Array | Uint16Array | Uint8Array;
export const CTORS = {
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;
export type Kind = keyof typeof CTORS;
export const kindOf = (a: Arr): Kind => (Object.keys(CTORS) as Kind[]).find((k) => a instanceof CTORS[k])!;

export interface Header {
  version: number;
  docCount: number;
  ids: string[];
  facetValues: [FacetKey, string][];
  glossary: GlossaryPhrase[];
  suggestions: Suggestion[];
  sections: { name: string; kind: Kind; offset: number; length: number }[];
  hotBytes: number; // the store's first hotBytes are loaded with the rest
  labels: string[];
}
