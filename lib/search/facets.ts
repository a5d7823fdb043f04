// Facets: one global value space, doc -> values and value -> docs as CSR typed arrays. Counting walks the hit
// set once over flat arrays (no FlexSearch tags: their query+tag path truncates to 100 hits per field).
import { lowestDoc, setAll, setBit } from './bits';
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
  allowed: number; // documents passing the filters, listed in document order in the `out` array given to markFilters
}

const valueBitsets = new WeakMap<FacetData, (Int32Array | undefined)[]>();
/** The documents having value `v`, as a bitset built on first use (N/8 bytes a value). */
function valueBits(f: FacetData, v: number, words: number): Int32Array {
  let all = valueBitsets.get(f);
  if (!all) valueBitsets.set(f, (all = []));
  let bits = all[v];
  if (bits) return bits;
  bits = new Int32Array(words);
  setAll(bits, f.valDocs.subarray(f.valDocStart[v]!, f.valDocStart[v + 1]!));
  all[v] = bits;
  return bits;
}

/** Where markFilters writes: a counter per document, the allowed documents, their bitset and a bitset to work in. */
export interface FilterOutput {
  counter: Uint8Array;
  out: Uint32Array;
  bits: Int32Array;
  work: Int32Array;
}

/**
 * Marks allowed documents: OR within a facet, AND across facets, done on bitsets (a value's documents are a
 * bitset, so a filter costs a pass over N/32 words instead of a visit to each document of each value). After
 * the call `bits` holds the allowed documents, `counter[d] === facets` for each of them and `out[0..allowed)`
 * lists them in document order; `facets` 0 means no filter (and nothing is written).
 */
export function markFilters(
  f: FacetData,
  lookup: Map<string, number>,
  filters: Partial<Record<FacetKey, string[]>>,
  { counter, out, bits, work }: FilterOutput,
): Filtering {
  const keys = FACET_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0);
  if (keys.length === 0) return { facets: 0, allowed: 0 };
  const N = counter.length;
  const W = bits.length;
  bits.fill(-1);
  if (N & 31) bits[W - 1] = (1 << (N & 31)) - 1;
  for (const key of keys) {
    work.fill(0);
    for (const value of filters[key]!) {
      const year = key === 'period' && /^\d{4}$/.test(value) ? Number(value) : null;
      const vid = lookup.get(`${key}\u0000${year === null ? value : decade(year)}`);
      if (vid === undefined) continue;
      if (year === null) {
        const vb = valueBits(f, vid, W);
        for (let w = 0; w < W; w++) work[w]! |= vb[w]!;
        continue;
      }
      // A year selects studies whose studied period covers it, not the whole decade.
      for (let i = f.valDocStart[vid]!, end = f.valDocStart[vid + 1]!; i < end; i++) {
        const d = f.valDocs[i]!;
        if (f.periodFrom[d]! <= year && f.periodTo[d]! >= year) setBit(work, d);
      }
    }
    for (let w = 0; w < W; w++) bits[w]! &= work[w]!;
  }
  counter.fill(0);
  let allowed = 0;
  for (let w = 0; w < W; w++)
    for (let x = bits[w]!; x !== 0; x &= x - 1) {
      const d = lowestDoc(w, x);
      counter[d] = keys.length;
      out[allowed++] = d;
    }
  return { facets: keys.length, allowed };
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
