// Champion lists for frequent terms (a textbook IR device): for every term in at least FREQUENT_SHARE of the
// documents, its facet counts and its CHAMPIONS best entries (impact descending, earlier document first) are
// computed at build time. A one-word query on such a term (the commonest query there is) then copies a row of
// counts and reads its top k from the list, instead of counting facets over most of the corpus. Each frequent term
// also gets a dense row of impacts by document (one byte each, 1/FREQUENT_SHARE bytes per posting at most), so a
// narrower clause or filter probes it with one load per candidate instead of a search in a long list.
import { countDoc, counterCount, slotsOf } from './facet-count';
import type { FacetData } from './types';

const FREQUENT_SHARE = 0.05;
const MIN_DF = 1000;
export const CHAMPIONS = 200;

export interface Champions {
  terms: Uint32Array; // frequent term ids, ascending
  counts: Int32Array; // row i: facet value counts of terms[i] (values.length per row)
  top: Uint32Array; // row i: CHAMPIONS entry indices into the postings, best first
  impacts: Uint8Array; // row i: the impact of terms[i] in every document (0 = absent), N per row
}

interface Postings {
  termStart: Uint32Array;
  postDocs: Uint32Array;
  postImpact: Uint8Array;
}

export function buildChampions(
  { termStart, postDocs, postImpact }: Postings,
  f: FacetData,
  N: number,
): Champions {
  const min = Math.max(MIN_DF, Math.ceil(N * FREQUENT_SHARE));
  const frequent: number[] = [];
  for (let t = 0; t + 1 < termStart.length; t++)
    if (termStart[t + 1]! - termStart[t]! >= min) frequent.push(t);
  const V = f.values.length;
  const counts = new Int32Array(frequent.length * V);
  const top = new Uint32Array(frequent.length * CHAMPIONS);
  const scratch = new Int32Array(counterCount(f));
  const slots = slotsOf(f);
  const impacts = new Uint8Array(frequent.length * N);
  frequent.forEach((t, i) => {
    // Impacts are at least 1 (build.ts), so 0 means absent.
    for (let e = termStart[t]!; e < termStart[t + 1]!; e++) impacts[i * N + postDocs[e]!] = postImpact[e]!;
    scratch.fill(0);
    for (let e = termStart[t]!; e < termStart[t + 1]!; e++) countDoc(f, slots, scratch, postDocs[e]!);
    counts.set(scratch.subarray(0, V), i * V);
    top.set(bestEntries(postImpact, termStart[t]!, termStart[t + 1]!, CHAMPIONS), i * CHAMPIONS);
  });
  return { terms: Uint32Array.from(frequent), counts, top, impacts };
}

/** The k best entries of [from, to) by impact, ties to the earlier entry (= earlier document), best first. */
export function bestEntries(postImpact: Uint8Array, from: number, to: number, k: number): Uint32Array {
  const histogram = new Int32Array(256);
  for (let e = from; e < to; e++) histogram[postImpact[e]!]!++;
  // Where each impact's entries start in the output: higher impacts first.
  const at = new Int32Array(256);
  let n = 0;
  for (let impact = 255; impact >= 0; impact--) {
    at[impact] = n;
    n += histogram[impact]!;
  }
  const out = new Uint32Array(Math.min(k, to - from));
  for (let e = from; e < to; e++) {
    const slot = at[postImpact[e]!]!++;
    if (slot < out.length) out[slot] = e;
  }
  return out;
}

/** Row of `term` in the champion tables, or -1. */
export function championRow(c: Champions, term: number): number {
  let lo = 0;
  let hi = c.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (c.terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo < c.terms.length && c.terms[lo] === term ? lo : -1;
}
