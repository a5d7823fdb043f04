// Every clause required, clause by clause: the path for queries with phrases, whose positions must be checked.
// The cheapest clause was walked (or the filtered documents were marked) into the dense scratch arrays; each
// later clause narrows those candidates, by probing its lists per candidate when they are few or by walking its
// lists over the candidates otherwise, and finish() takes the hits in one pass. collectAny (collect.ts) ends
// with the same pass.
import { championRow } from './champions';
import { countDoc, slotsOf, subtractFromTotals } from './facet-count';
import type { Atom, Plan } from './plan';
import { CANDIDATE, probeAtom, walkAtom, type Scratch } from './postings';
import type { TopK } from './top-k';
import type { SearchIndex } from './types';

const TIER = 1e5;
/** Probe a later clause's lists per candidate when they hold this many times more postings than candidates. */
const PROBE_RATIO = 16;
/** A probe into frequent terms' dense rows costs one load, so it wins as soon as there are fewer candidates. */
const probeRatio = (index: SearchIndex, a: Atom) =>
  a.slots[0]!.terms.every((t) => championRow(index.champions, t) >= 0) ? 1 : PROBE_RATIO;

/** The score in a sort key (any mode puts the number of clauses matched in front of it). */
export const scoreOf = (key: number) => key % TIER;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The filtered documents become the candidates (mask CANDIDATE), in document order. */
export function candidatesFromFilters(s: Scratch, allowedCount: number): void {
  const { allowed, mask, touched } = s;
  for (let i = 0; i < allowedCount; i++) {
    const d = allowed[i]!;
    touched[i] = d;
    mask[d] = CANDIDATE;
  }
  s.touchedCount = allowedCount;
}

/**
 * Narrows the touched candidates by every clause in `order` not yet in `need` (atoms marked in `done` were
 * walked already), then collects the hits. `sorted`: the candidates are in document order.
 */
export function narrowByClause(
  index: SearchIndex,
  s: Scratch,
  nf: number,
  plan: Plan,
  order: number[],
  sizes: number[],
  done: Uint8Array,
  need: number,
  sorted: boolean,
  top: TopK,
  count: boolean,
): number {
  const { atoms, clauses } = plan;
  if (need !== 0 && clauses > 1) compact(s, need, nf); // finish() checks the last clause itself
  for (const b of order) {
    if (need & (1 << b)) continue;
    atoms.forEach((a, i) => {
      if (done[i] || !(a.bits & (1 << b)) || s.touchedCount === 0) return;
      done[i] = 1;
      if (a.slots.length === 1 && sizes[i]! > s.touchedCount * probeRatio(index, a))
        probeAtom(index, s, a, sorted);
      else walkAtom(index, s, a, true);
    });
    need |= 1 << b;
    if (b !== order[order.length - 1]) compact(s, need, nf);
  }
  return finish(index, s, nf, top, need, false, count);
}

/** Keeps the touched documents that satisfy the clauses in `need` and the filters, in their order. */
function compact(s: Scratch, need: number, nf: number): void {
  const { mask, acc, touched, filter } = s;
  let kept = 0;
  for (let i = 0; i < s.touchedCount; i++) {
    const d = touched[i]!;
    if ((mask[d]! & need) === need && (nf === 0 || filter[d] === nf)) touched[kept++] = d;
    else {
      mask[d] = 0;
      acc[d] = 0;
    }
  }
  s.touchedCount = kept;
}

/** One pass over the touched documents: hits go to the top k and the facet counts; the arrays are reset. */
export function finish(
  index: SearchIndex,
  s: Scratch,
  nf: number,
  top: TopK,
  need: number,
  tiered: boolean,
  count: boolean,
): number {
  const { acc, mask, touched, filter, counts } = s;
  const f = index.facets;
  const N = index.docCount;
  // Not with filters: they usually leave few hits, and the complement would then be most of the corpus.
  const complement = count && nf === 0 && s.touchedCount > N / 2;
  const heap = top.keys;
  const slots = slotsOf(f);
  // The key a document must beat to enter the top k; -Infinity until the heap is full.
  let bar = top.size < top.k ? -Infinity : heap[0]!;
  let total = 0;
  for (let i = 0; i < s.touchedCount; i++) {
    const d = touched[i]!;
    const m = mask[d]!;
    const key = tiered ? popcount(m & ~CANDIDATE) * TIER + acc[d]! : acc[d]!;
    acc[d] = 0;
    if ((m & need) !== need || (nf > 0 && filter[d] !== nf)) {
      mask[d] = 0;
      continue;
    }
    total++;
    if (key > bar) {
      top.offer(key, d);
      if (top.size === top.k) bar = heap[0]!;
    }
    if (complement) continue; // mask[d] stays set: it marks a hit for the complement pass
    mask[d] = 0;
    if (count) countDoc(f, slots, counts, d);
  }
  if (complement) {
    for (let d = 0; d < N; d++) {
      if (mask[d] !== 0) mask[d] = 0;
      else countDoc(f, slots, counts, d);
    }
    subtractFromTotals(f, counts);
  }
  return total;
}
