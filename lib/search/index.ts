// Telaah search: a bilingual full-text engine as a library.
//
// Design. Documents get dense numbers. Every field is analysed in its own language (lib/search/analyse.ts:
// folding, acronyms kept whole, stop words, snowball stemmers from @orama/stemmers with restored nasal-prefix
// candidates for Indonesian) into language-prefixed terms ("id:dagang", "en:traffick"). Each term owns a slice
// of flat typed arrays (CSR): sorted document numbers, a precomputed BM25F impact (field weights title >
// keywords > abstract > body, length-normalised per field kind) and token positions (field << 20 | index) used
// for phrases and snippets. A query becomes clauses (one bit per word or quoted phrase) and atoms (stems in both
// languages, glossary phrases in both languages, typo neighbours) that satisfy one or more clauses. The query text
// is parsed first (parse-query.ts): quoted phrases, -word and -"phrase" exclusions, OR (several leaves share one
// clause bit), AND (dropped) and field prefixes (author:, title:, venue:, keyword:). A field query reads terms
// indexed a second time with a field tag ("id:au:saragih", fields.ts). Exclusions, year and period ranges narrow
// the allowed documents as one more filter (restrict.ts), so every path below honours them.
// By default every clause must match (collect.ts). When every clause is a word and the candidates are many, the
// hits are an AND of bitsets (bitsets.ts: one per frequent term, kept; others set from their lists) and only the
// hits are visited. When a rare word leads, its documents are taken one at a time and looked up in the other
// clauses' lists (by-document.ts). With phrases, the cheapest clause (fewest postings), or the filtered documents
// when fewer, gives the candidates, and each further clause narrows them by probing its lists per candidate or
// walking them over the candidates. Either way work follows the rarest word. When nothing has every word the
// search falls back to "any": all atoms walked, documents matching more clauses first. One pass over the hits
// counts facets (fixed-width rows of value ids per document, facet-count.ts; or the complement when hits are most
// of the corpus) and keeps the top k in a heap. Frequent terms carry champion data (champions.ts): precomputed
// facet counts and best entries, which answer a one-word query without touching its list, and a dense row of
// impacts by document, which a narrower clause or filter probes with one load per candidate. Two-word phrases of frequent terms use a table of adjacent frequent pairs with both impacts
// (bigrams.ts) instead of verifying positions. Snippets choose the densest window from the postings' positions
// and read only the bytes between two stored token marks. The index persists as one binary file (JSON header,
// typed-array sections, stored text last), loaded with one read into zero-copy views; titles, abstracts and
// keywords are loaded with it, body text stays on disk and is read only for a snippet that shows it. A rebuild
// is swapped in by an atomic rename.
//
// The split with FlexSearch: measured here, FlexSearch's query+tag path truncates facet results, its Document
// AND across fields and its highlighting are 100x slower than plain posting lists, and it neither ranks by BM25
// nor stems Indonesian; so full-text matching is our own code. FlexSearch runs what it is good at: the forward
// (prefix) index for search-as-you-type over a small vocabulary (titles, organisations, frameworks, frequent
// words) in suggest.ts.
//
// The glossary is passed by the caller (options.glossary), e.g. `glossary` from lib/vocabulary plus
// glossaryFromVocabulary({ organisations, countries, frameworks }); without it there is no cross-language
// expansion. It is compiled into the index, so a loaded index needs nothing else.
export { buildSearchIndex } from './build';
export { SEARCH_INDEX_FORMAT } from './index-file';
export { closeSearchIndex, readSearchIndex, whenTextLoaded } from './load-index';
export { writeSearchIndex } from './persist';
export { rankIndex, searchIndex, type Ranking } from './search';
export { suggest } from './suggest';
export { glossaryFromVocabulary } from './glossary';
export { FACET_KEYS } from './types';
export type * from './types';
