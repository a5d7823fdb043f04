// searchIndex: plan the query, collect hits (rankIndex, collect.ts), then snippets only for the page shown.
import { browseAll, collectAll, collectAny, scoreOf } from './collect';
import { collectCounts, emptyFacets, markFilters, valueLookup } from './facets';
import { planQuery, type Plan } from './plan';
import { scratchOf } from './postings';
import { buildSnippet, readDisplay } from './snippet';
import { collectSingleTerm, singleTerm } from './single-term';
import { TopK } from './top-k';
import type { MatchMode, SearchIndex, SearchRequest, SearchResponse } from './types';

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
  const filtering = markFilters(index.facets, lookupOf(index), request.filters, {
    counter: s.filter,
    out: s.allowed,
    bits: s.filterBits,
    work: s.workBits,
  });
  const k = Math.min(page * size, index.docCount);
  let top = new TopK(k);
  s.counts.fill(0);
  let total = 0;
  let match = request.match ?? 'all';
  const term = filtering.facets === 0 && plan.clauses === 1 ? singleTerm(plan.atoms) : -1;
  if (request.q.trim() === '') total = browseAll(index, s, filtering.facets, top, counts);
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
  return {
    total,
    match,
    plan,
    ranked: top.sorted().slice((page - 1) * size),
    counts: counts ? s.counts : null,
  };
}

export function searchIndex(index: SearchIndex, request: SearchRequest): SearchResponse {
  const { total, match, plan, ranked, counts } = rankIndex(index, request);
  const browse = request.q.trim() === '';
  const facets = total > 0 && counts ? collectCounts(index.facets, counts) : emptyFacets();
  const hits = ranked.map(({ key, doc }) => ({
    id: index.ids[doc]!,
    score: browse ? 0 : Math.round(scoreOf(key) * 1000) / 1000,
    snippet: browse ? null : buildSnippet(index, doc, plan.atoms),
    display: readDisplay(index, doc),
  }));
  return { total, hits, facets, match, query: { terms: plan.terms, expanded: plan.expanded } };
}
