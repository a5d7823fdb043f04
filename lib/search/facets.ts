// Facets: one global value space, doc -> values and value -> docs as CSR typed arrays. Counting walks the hit
// set once over flat arrays (no FlexSearch tags: their query+tag path truncates to 100 hits per field).
import { FACET_KEYS, type FacetCount, type FacetData, type FacetKey, type IndexableStudy } from './types';

export function decade(year: number): string {
  return `${Math.floor(year / 10) * 10}s`;
}

/** Public URL values of one study: organisation/country/framework keys as given, "2024", "2010s", "id". */
export function facetValuesOf(f: IndexableStudy['facets']): [FacetKey, string][] {
  const out: [FacetKey, string][] = [];
  for (const k of ['organisation', 'country', 'framework', 'language'] as const)
    for (const v of f[k]) if (v) out.push([k, v]);
  if (f.kind) out.push(['kind', f.kind]);
  if (f.year !== null) out.push(['year', String(f.year)]);
  if (f.period) {
    const from = Math.min(f.period.from, f.period.to);
    for (let y = Math.floor(from / 10) * 10; y <= Math.max(f.period.from, f.period.to); y += 10)
      out.push(['period', decade(y)]);
  }
  return out;
}

export class FacetBuilder {
  private ids = new Map<string, number>();
  private values: [FacetKey, string][] = [];
  private docVals: number[] = [];
  private docValStart: number[] = [0];
  private from: number[] = [];
  private to: number[] = [];

  add(f: IndexableStudy['facets']): void {
    const seen = new Set<number>();
    for (const [k, v] of facetValuesOf(f)) {
      const key = `${k}\u0000${v}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.values.length;
        this.ids.set(key, id);
        this.values.push([k, v]);
      }
      if (!seen.has(id)) this.docVals.push(id);
      seen.add(id);
    }
    this.docValStart.push(this.docVals.length);
    this.from.push(f.period ? Math.min(f.period.from, f.period.to) : -1);
    this.to.push(f.period ? Math.max(f.period.from, f.period.to) : -1);
  }

  done(): FacetData {
    const docValStart = Uint32Array.from(this.docValStart);
    const docVals = Uint32Array.from(this.docVals);
    const V = this.values.length;
    const valDocStart = new Uint32Array(V + 1);
    for (const v of docVals) valDocStart[v + 1]!++;
    for (let v = 0; v < V; v++) valDocStart[v + 1]! += valDocStart[v]!;
    const cursor = valDocStart.slice(0, V);
    const valDocs = new Uint32Array(docVals.length);
    for (let d = 0; d + 1 < docValStart.length; d++)
      for (let i = docValStart[d]!; i < docValStart[d + 1]!; i++) valDocs[cursor[docVals[i]!]!++] = d;
    return {
      values: this.values,
      docValStart,
      docVals,
      valDocStart,
      valDocs,
      periodFrom: Int16Array.from(this.from),
      periodTo: Int16Array.from(this.to),
    };
  }
}

/** Lookup from "facet\0value" to value id, built once per loaded index. */
export function valueLookup(f: FacetData): Map<string, number> {
  const m = new Map<string, number>();
  f.values.forEach(([k, v], i) => m.set(`${k}\u0000${v}`, i));
  return m;
}

/** What markFilters found. */
export interface Filtering {
  facets: number; // filtered facets; 0 = no filter
  allowed: number; // documents passing the filters, listed in the `out` array given to markFilters
  sorted: boolean; // listed in document order
}

/**
 * Marks allowed documents: counter[d] === `facets` after the call for each of the `allowed` documents that pass,
 * which are also listed in `out[0..allowed)` (in document order when `sorted`). OR within a facet, AND across
 * facets; `facets` 0 means no filter.
 */
export function markFilters(
  f: FacetData,
  lookup: Map<string, number>,
  filters: Partial<Record<FacetKey, string[]>>,
  counter: Uint8Array,
  out: Uint32Array,
): Filtering {
  const keys = FACET_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0);
  const { valDocStart, valDocs, periodFrom, periodTo } = f;
  if (keys.length > 0) counter.fill(0);
  let allowed = 0;
  let lastLists = 0;
  keys.forEach((key, k) => {
    const facets = k + 1;
    const last = facets === keys.length;
    for (const value of filters[key]!) {
      const year = key === 'period' && /^\d{4}$/.test(value) ? Number(value) : null;
      const vid = lookup.get(`${key}\u0000${year === null ? value : decade(year)}`);
      if (vid === undefined) continue;
      if (last) lastLists++;
      for (let i = valDocStart[vid]!, end = valDocStart[vid + 1]!; i < end; i++) {
        const d = valDocs[i]!;
        // A year selects studies whose studied period covers it, not the whole decade.
        if (year !== null && (periodFrom[d]! > year || periodTo[d]! < year)) continue;
        // Only documents that passed every earlier facet move on; this also de-duplicates values of one facet.
        if (counter[d] !== k) continue;
        counter[d] = facets;
        if (last) out[allowed++] = d;
      }
    }
  });
  return { facets: keys.length, allowed, sorted: lastLists <= 1 };
}

export function emptyFacets(): Record<FacetKey, FacetCount[]> {
  return { organisation: [], country: [], framework: [], kind: [], language: [], year: [], period: [] };
}

/** Value ids of each facet in response order for equal counts: by value, years and decades newest first. */
const valueOrders = new WeakMap<FacetData, Record<FacetKey, Uint32Array>>();
function valueOrder(f: FacetData): Record<FacetKey, Uint32Array> {
  let order = valueOrders.get(f);
  if (order) return order;
  const ids = Object.fromEntries(FACET_KEYS.map((k) => [k, [] as number[]])) as Record<FacetKey, number[]>;
  f.values.forEach(([k], v) => ids[k].push(v));
  const value = (v: number) => f.values[v]![1];
  order = Object.fromEntries(
    FACET_KEYS.map((k) => {
      const chrono = k === 'year' || k === 'period';
      const sorted = ids[k].sort((a, b) => (value(a) < value(b) ? -1 : 1) * (chrono ? -1 : 1));
      return [k, Uint32Array.from(sorted)];
    }),
  ) as Record<FacetKey, Uint32Array>;
  valueOrders.set(f, order);
  return order;
}

/** Turns per-value counts into the response shape, by count then value (years and decades newest first). */
export function collectCounts(f: FacetData, counts: Int32Array): Record<FacetKey, FacetCount[]> {
  const out = emptyFacets();
  const order = valueOrder(f);
  for (const k of FACET_KEYS) {
    const list = out[k];
    for (const v of order[k]) {
      const count = counts[v]!;
      if (count > 0) list.push({ value: f.values[v]![1], count });
    }
    // The sort is stable, so equal counts keep the value order; years and decades stay newest first.
    if (k !== 'year' && k !== 'period') list.sort((a, b) => b.count - a.count);
  }
  return out;
}
