// searchIndex: plan the query, collect hits (rankIndex, collect.ts), then snippets only for the page shown.
import { browseAll, collectAll, collectAny, scoreOf } from './collect';
import { correctQuery } from './did-you-mean';
import { collectCounts, emptyFacets, markFilters, valueLookup } from './facets';
import { planQuery, type Plan } from './plan';
import { restrictFiltering, yearsOf } from './restrict';
import { scratchOf } from './postings';
import { buildSnippet, readDisplay } from './snippet';
import { collectSingleTerm, singleTerm } from './single-term';
import { TopK } from './top-k';
import type { MatchMode, SearchIndex, SearchRequest, SearchResponse, SortOrder } from './types';

const MAX_SIZE = 100;

const lookups = new WeakMap<SearchIndex, Map<string, number>>();
function lookupOf(index: SearchIndex): Map<string, number> {
  let m = lookups.get(index);
  if (!m) lookups.set(index, (m = valueLookup(index.facets)));
  return m;
}

/** The hits of a request before anything is shown: the total, the top `page * size` and, unless left out, facet counts. */
export interface Ranking {
  total: number;
  match: MatchMode;
  plan: Plan;
  /** No positive word: every allowed document, in ingest order. */
  browse: boolean;
  ranked: { key: number; doc: number }[]; // best first
  counts: Int32Array | null; // per facet value (see facets.ts), null when not counted
}

/**
 * Ranks without building the page: what the search engine itself costs. `counts: false` leaves out the facet
 * counts (a client paging through the same query already has them).
 */
export function rankIndex(index: SearchIndex, request: SearchRequest, { counts = true } = {}): Ranking {
  const size = Math.max(0, Math.min(MAX_SIZE, Math.floor(request.size) || 0));
  const page = Math.max(1, Math.floor(request.page) || 1);
  const plan = planQuery(index, request.q, request.language);
  const s = scratchOf(index);
  const filtering = restrictFiltering(
    index,
    s,
    markFilters(index.facets, lookupOf(index), request.filters, {
      counter: s.filter,
      out: s.allowed,
      bits: s.filterBits,
      work: s.workBits,
    }),
    { exclude: plan.exclude, year: request.year, period: request.period },
  );
  const sort = request.sort ?? 'relevance';
  // Sorting by year needs every hit ranked, not the best page * size: the heap then holds them all.
  const k = sort === 'relevance' ? Math.min(page * size, index.docCount) : index.docCount;
  let top = new TopK(k);
  s.counts.fill(0);
  let total = 0;
  let match = request.match ?? 'all';
  const term = filtering.facets === 0 && plan.clauses === 1 ? singleTerm(plan.atoms) : -1;
  // Only exclusions ("-IOM"): every document but the excluded ones, as for an empty query.
  const browse = plan.clauses === 0 && (request.q.trim() === '' || plan.negated > 0);
  if (browse) total = browseAll(index, s, filtering.facets, top, counts);
  else if (term >= 0) total = collectSingleTerm(index, s.counts, plan.atoms[0]!, term, top, counts);
  else if (plan.atoms.length > 0 && match === 'any')
    total = collectAny(index, s, filtering.facets, plan, top, counts);
  else if (plan.atoms.length > 0) {
    total = collectAll(index, s, filtering, plan, top, counts);
    // No document has every word: show the ones with most of them rather than nothing.
    if (total === 0 && plan.clauses > 1) {
      match = 'any';
      top = new TopK(k);
      total = collectAny(index, s, filtering.facets, plan, top, counts);
    }
  }
  const ranked = sort === 'relevance' ? top.sorted() : byYear(index, top.sorted(), sort);
  return {
    total,
    match,
    plan,
    browse,
    ranked: ranked.slice((page - 1) * size, sort === 'relevance' ? undefined : page * size),
    counts: counts ? s.counts : null,
  };
}

/** Newest or oldest first, unknown years last; the relevance order (or ingest order) breaks ties. */
function byYear(index: SearchIndex, ranked: Ranking['ranked'], sort: SortOrder): Ranking['ranked'] {
  const year = yearsOf(index);
  const sign = sort === 'newest' ? -1 : 1;
  const keyOf = (doc: number) => (year[doc]! < 0 ? Infinity : sign * year[doc]!);
  return ranked
    .map((r, i) => ({ r, i, k: keyOf(r.doc) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k < b.k ? -1 : 1))
    .map((x) => x.r);
}

export function searchIndex(index: SearchIndex, request: SearchRequest): SearchResponse {
  const { total, match, plan, browse, ranked, counts } = rankIndex(index, request);
  const facets = total > 0 && counts ? collectCounts(index.facets, counts) : emptyFacets();
  const hits = ranked.map(({ key, doc }) => ({
    id: index.ids[doc]!,
    score: browse ? 0 : Math.round(scoreOf(key) * 1000) / 1000,
    snippet: browse ? null : buildSnippet(index, doc, plan.atoms),
    display: readDisplay(index, doc),
  }));
  return {
    total,
    hits,
    facets,
    match,
    query: { terms: plan.terms, expanded: plan.expanded },
    didYouMean: total === 0 && !browse ? suggestCorrection(index, request) : null,
  };
}

/** A corrected query that finds something, for a query that found nothing. */
function suggestCorrection(index: SearchIndex, request: SearchRequest): string | null {
  const corrected = correctQuery(index, request.q);
  if (!corrected) return null;
  return rankIndex(index, { ...request, q: corrected, page: 1, size: 0 }, { counts: false }).total > 0
    ? corrected
    : null;
}
