// From a plan to the hit set, its facet counts and the top k. Two modes:
// - all (the default): a document must satisfy every clause, and clauses are taken from the cheapest (fewest
//   postings) up, so work follows the rarest clause, not the most common word. Words only and many candidates:
//   bitsets ANDed (bitsets.ts). Words after a cheap first clause or few filtered documents: one candidate at a
//   time (by-document.ts). Phrases: clause by clause over dense scratch arrays (by-clause.ts).
// - any: every atom is walked; documents matching more clauses rank first (the clause count is the integer part
//   of the sort key).
// Facets are counted over the hits, or over the non-hits and subtracted from the global counts when hits are most
// of the corpus.
import { bitsetWords, collectByBitset } from './bitsets';
import { candidatesFromFilters, finish, narrowByClause } from './by-clause';
import { collectByDocument, probesFor } from './by-document';
import { countDoc, slotsOf } from './facet-count';
import type { Filtering } from './facets';
import { pairRangeOf } from './phrases';
import type { Atom, Plan } from './plan';
import { walkAtom, type Scratch } from './postings';
import { singleTerm } from './single-term';
import type { TopK } from './top-k';
import type { SearchIndex } from './types';

export { scoreOf } from './by-clause';

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
      { from: 'allowed', count: filtering.allowed },
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
  let sorted = true;
  if (fromFilters) candidatesFromFilters(s, filtering.allowed);
  else {
    for (const a of leadAtoms) {
      walkAtom(index, s, a);
      done[atoms.indexOf(a)] = 1;
    }
    // One list (or one phrase, whose candidates come from one list) yields documents in order.
    const only = leadAtoms[0]!;
    sorted = leadAtoms.length === 1 && (only.slots.length > 1 || only.slots[0]!.terms.length === 1);
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
  }
  const need = fromFilters ? 0 : 1 << lead;
  return narrowByClause(index, s, nf, plan, order, sizes, done, need, sorted, top, count);
}
