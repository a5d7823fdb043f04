// From a plan to the hit set, its facet counts and the top k. Two modes:
// - all (the default): a document must satisfy every clause. Clauses are taken from the cheapest (fewest
//   postings) up: the first is walked and gives the candidates (or the filtered documents do, when fewer), each
//   later clause only narrows them, by probing the candidates in its lists when they are few or by walking its
//   lists over the candidates otherwise. Work follows the rarest clause, not the most common word.
// - any: every atom is walked; documents matching more clauses rank first (the clause count is the integer part
//   of the sort key).
// Facets are counted over the hits, or over the non-hits and subtracted from the global counts when hits are most
// of the corpus.
import type { Plan } from './plan';
import { CANDIDATE, probeAtom, walkAtom, type Scratch } from './postings';
import { pairRangeOf } from './phrases';
import { championRow } from './champions';
import type { TopK } from './top-k';
import type { Atom } from './plan';
import { countDoc, slotsOf, subtractFromTotals } from './facet-count';
import type { Filtering } from './facets';
import type { SearchIndex } from './types';
import { bitsetWords, collectByBitset } from './bitsets';
import { collectByDocument, probesFor } from './by-document';
import { singleTerm } from './single-term';

const TIER = 1e5;
/** Probe a later clause's lists per candidate when they hold this many times more postings than candidates. */
const PROBE_RATIO = 16;
/** A probe into frequent terms' dense rows costs one load, so it wins as soon as there are fewer candidates. */
const probeRatio = (index: SearchIndex, a: Atom) =>
  a.slots[0]!.terms.every((t) => championRow(index.champions, t) >= 0) ? 1 : PROBE_RATIO;

export const scoreOf = (key: number) => key % TIER;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Empty query: every allowed document, in ingest order. */
export function browseAll(index: SearchIndex, s: Scratch, nf: number, top: TopK, count = true): number {
  let total = 0;
  const slots = slotsOf(index.facets);
  for (let d = 0; d < index.docCount; d++) {
    if (nf > 0 && s.filter[d] !== nf) continue;
    total++;
    if (count) countDoc(index.facets, slots, s.counts, d);
    if (top.size < top.k) top.offer(-d, d);
  }
  return total;
}

export function collectAny(
  index: SearchIndex,
  s: Scratch,
  nf: number,
  plan: Plan,
  top: TopK,
  count = true,
): number {
  s.touchedCount = 0;
  for (const atom of plan.atoms) walkAtom(index, s, atom);
  return finish(index, s, nf, top, 0, true, count);
}

/** Postings an atom's walk reads: orders clauses and chooses between walking and probing. */
export function atomSize(index: SearchIndex, atom: Atom): number {
  const { termStart } = index;
  const pair = pairRangeOf(index, atom);
  if (pair) return pair[1] - pair[0];
  let min = Infinity;
  for (const slot of atom.slots)
    min = Math.min(
      min,
      slot.terms.reduce((n, t) => n + termStart[t + 1]! - termStart[t]!, 0),
    );
  return min === Infinity ? 0 : min;
}

export function collectAll(
  index: SearchIndex,
  s: Scratch,
  filtering: Filtering,
  plan: Plan,
  top: TopK,
  count = true,
): number {
  const { atoms, clauses } = plan;
  const nf = filtering.facets;
  const sizes = atoms.map((a) => atomSize(index, a));
  const cost = new Float64Array(clauses);
  const covered = new Uint8Array(clauses);
  atoms.forEach((a, i) => {
    for (let b = 0; b < clauses; b++) {
      if (!(a.bits & (1 << b))) continue;
      cost[b] = cost[b]! + sizes[i]!;
      covered[b] = 1;
    }
  });
  if (covered.includes(0)) return 0; // a word or phrase nothing in the corpus can satisfy
  const order = Array.from(cost.keys()).sort((a, b) => cost[a]! - cost[b]!);
  const done = new Uint8Array(atoms.length);
  s.touchedCount = 0;
  let need = 0;
  let sorted: boolean;
  const lead = order[0]!;
  const leadAtoms = atoms.filter((a) => a.bits & (1 << lead));
  const fromFilters = nf > 0 && filtering.allowed <= cost[lead]!;
  // Whether the atoms still to match for these clauses are all words (phrases need their positions checked).
  const probeable = (clauses: number[]) =>
    atoms.every((a, i) => done[i] || a.slots.length === 1 || clauses.every((b) => !(a.bits & (1 << b))));
  // Bitsets when every clause is a word and the candidates are many: a pass over the bitset words costs less
  // than a lookup per candidate.
  if (probeable(order) && (fromFilters ? filtering.allowed : cost[lead]!) >= bitsetWords(index))
    return collectByBitset(
      index,
      s,
      filtering,
      atoms,
      order,
      probesFor(index, atoms, order, done),
      top,
      count,
    );
  // One document at a time when the later clauses are words (no positions to check) and, without filters, the
  // candidates are not most of the corpus (then counting facets over the complement is cheaper).
  if (fromFilters && probeable(order))
    return collectByDocument(
      index,
      s,
      { from: 'allowed', count: filtering.allowed, sorted: filtering.sorted },
      probesFor(index, atoms, order, done),
      nf,
      top,
      count,
    );
  const single = leadAtoms.length === 1 ? singleTerm(leadAtoms) : -1;
  const rest = order.slice(1);
  if (!fromFilters && single >= 0 && (nf > 0 || cost[lead]! <= index.docCount / 2) && probeable(rest)) {
    done[atoms.indexOf(leadAtoms[0]!)] = 1;
    const { weight, bits } = leadAtoms[0]!;
    return collectByDocument(
      index,
      s,
      { from: 'term', term: single, weight, bits },
      probesFor(index, atoms, rest, done),
      nf,
      top,
      count,
    );
  }
  if (fromFilters) {
    // Fewer filtered documents than postings in the cheapest clause: they are the candidates, in document order.
    const { allowed, mask, touched } = s;
    for (let i = 0; i < filtering.allowed; i++) {
      const d = allowed[i]!;
      touched[i] = d;
      mask[d] = CANDIDATE;
    }
    s.touchedCount = filtering.allowed;
    sorted = filtering.sorted;
  } else {
    for (const a of leadAtoms) {
      walkAtom(index, s, a);
      done[atoms.indexOf(a)] = 1;
    }
    // One list (or one phrase, whose candidates come from one list) yields documents in order.
    const only = leadAtoms[0]!;
    sorted = leadAtoms.length === 1 && (only.slots.length > 1 || only.slots[0]!.terms.length === 1);
    need |= 1 << lead;
    if ((nf > 0 || s.touchedCount <= index.docCount / 2) && probeable(rest))
      return collectByDocument(
        index,
        s,
        { from: 'touched', sorted },
        probesFor(index, atoms, rest, done),
        nf,
        top,
        count,
      );
    if (clauses > 1) compact(s, need, nf); // finish() checks the last clause itself
  }
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
function finish(
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
