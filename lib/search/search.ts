// searchIndex: plan the query, walk postings into dense score/clause arrays, then one pass over the touched
// documents applies filters, counts facets and keeps the top k in a heap; snippets only for the page shown.
import { collectCounts, emptyFacets, markFilters, valueLookup } from './facets';
import { planQuery, type Plan } from './plan';
import { scratchOf, walkAtom, type Scratch } from './postings';
import { buildSnippet, readStored } from './snippet';
import type { FacetData, SearchIndex, SearchRequest, SearchResponse } from './types';

const MAX_SIZE = 100;
// Documents matching more clauses always rank first: the clause count is the integer part of the sort key.
const TIER = 1e5;

const lookups = new WeakMap<SearchIndex, Map<string, number>>();
function lookupOf(index: SearchIndex): Map<string, number> {
  let m = lookups.get(index);
  if (!m) lookups.set(index, (m = valueLookup(index.facets)));
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Min-heap of the best k (key, doc) pairs. */
class TopK {
  keys: Float64Array;
  docs: Int32Array;
  size = 0;
  constructor(private readonly k: number) {
    this.keys = new Float64Array(k);
    this.docs = new Int32Array(k);
  }
  offer(key: number, doc: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.keys[p]! <= key) break;
        this.keys[i] = this.keys[p]!;
        this.docs[i] = this.docs[p]!;
        i = p;
      }
      this.keys[i] = key;
      this.docs[i] = doc;
      return;
    }
    // Ties keep the earlier document (stable order by document number).
    if (key <= this.keys[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const c = l + 1 < this.k && this.keys[l + 1]! < this.keys[l]! ? l + 1 : l;
      if (this.keys[c]! >= key) break;
      this.keys[i] = this.keys[c]!;
      this.docs[i] = this.docs[c]!;
      i = c;
    }
    this.keys[i] = key;
    this.docs[i] = doc;
  }
  sorted(): { key: number; doc: number }[] {
    const out: { key: number; doc: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ key: this.keys[i]!, doc: this.docs[i]! });
    return out.sort((a, b) => b.key - a.key || a.doc - b.doc);
  }
}

function countDoc(f: FacetData, counts: Uint32Array, d: number): void {
  for (let i = f.docValStart[d]!, end = f.docValStart[d + 1]!; i < end; i++) counts[f.docVals[i]!]!++;
}

export function searchIndex(index: SearchIndex, request: SearchRequest): SearchResponse {
  const size = Math.max(0, Math.min(MAX_SIZE, Math.floor(request.size) || 0));
  const page = Math.max(1, Math.floor(request.page) || 1);
  const plan = planQuery(index, request.q, request.language);
  const s = scratchOf(index);
  const nf = markFilters(index.facets, lookupOf(index), request.filters, s.filter);
  const top = new TopK(Math.min(page * size, index.docCount));
  s.counts.fill(0);
  let total = 0;
  const browse = request.q.trim() === '';
  if (browse) total = browseAll(index, s, nf, top);
  else if (plan.atoms.length > 0) total = collect(index, s, nf, plan, top);
  const facets = total > 0 ? collectCounts(index.facets, s.counts) : emptyFacets();
  const ranked = top.sorted().slice((page - 1) * size);
  const hits = ranked.map(({ key, doc }) => {
    const stored = readStored(index, doc);
    return {
      id: index.ids[doc]!,
      score: browse ? 0 : Math.round((key % TIER) * 1000) / 1000,
      snippet: browse ? null : buildSnippet(index, doc, plan.atoms, stored),
      display: stored.d,
    };
  });
  return { total, hits, facets, query: { terms: plan.terms, expanded: plan.expanded } };
}

function browseAll(index: SearchIndex, s: Scratch, nf: number, top: TopK): number {
  let total = 0;
  for (let d = 0; d < index.docCount; d++) {
    if (nf > 0 && s.filter[d] !== nf) continue;
    total++;
    countDoc(index.facets, s.counts, d);
    top.offer(-d, d); // newest-ingested last; browsing keeps the ingest order
  }
  return total;
}

function collect(index: SearchIndex, s: Scratch, nf: number, plan: Plan, top: TopK): number {
  s.touchedCount = 0;
  for (const atom of plan.atoms) walkAtom(index, s, atom);
  let total = 0;
  const { acc, mask, touched, filter, counts } = s;
  const f = index.facets;
  const N = index.docCount;
  // When most documents match, count facets over the few that do not and subtract from the global counts.
  // Not with filters: they usually leave few hits, and the complement would then be most of the corpus.
  const complement = nf === 0 && s.touchedCount > N / 2;
  for (let i = 0; i < s.touchedCount; i++) {
    const d = touched[i]!;
    const key = popcount(mask[d]!) * TIER + acc[d]!;
    acc[d] = 0;
    if (nf > 0 && filter[d] !== nf) {
      mask[d] = 0;
      continue;
    }
    total++;
    top.offer(key, d);
    if (complement) continue; // mask[d] stays set: it marks a hit for the complement pass
    mask[d] = 0;
    countDoc(f, counts, d);
  }
  if (complement) {
    for (let d = 0; d < N; d++) {
      if (mask[d] !== 0) mask[d] = 0;
      else countDoc(f, counts, d);
    }
    for (let v = 0; v < counts.length; v++)
      counts[v] = f.valDocStart[v + 1]! - f.valDocStart[v]! - counts[v]!;
  }
  return total;
}
