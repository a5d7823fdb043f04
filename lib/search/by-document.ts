// Every clause required, one document at a time. The candidates (the cheapest clause's documents, or the filtered
// documents) are taken in turn; each later clause looks the document up in its terms' lists (one load from a
// frequent term's dense impact row, else galloping forwards) and rejects it as soon as a clause is missing; a
// document that passes every clause goes straight to the top k and the facet counts. Unlike narrowing the whole
// candidate set clause by clause (collect.ts), nothing is written to the dense scratch arrays per candidate, so
// two frequent words cost one pass over the rarer one's list. Scores accumulate in float32 in the same order as
// the clause-by-clause path, so both give identical keys.
import { championRow } from './champions';
import { countDoc, slotsOf } from './facet-count';
import type { Atom } from './plan';
import { idf, seek, type Scratch } from './postings';
import type { TopK } from './top-k';
import type { SearchIndex } from './types';

/** Where the candidates come from: one term's list, the touched documents of a walk, or the filtered documents. */
export type Candidates =
  | { from: 'term'; term: number; weight: number; bits: number }
  | { from: 'touched'; sorted: boolean }
  | { from: 'allowed'; count: number }; // in document order

/** The lookups of the later clauses, flattened: group g covers probes [groupEnd[g-1], groupEnd[g]) and clause groupBit[g]. */
export interface Probes {
  term: Int32Array;
  weight: Float64Array;
  bits: Int32Array;
  base: Float64Array; // row * N in the dense impact rows, or -1 for a list lookup
  cursor: Int32Array;
  groupEnd: Int32Array;
  groupBit: Int32Array;
}

/** Probes for the clauses in `order` (the lead clause excluded), each atom under the first clause it satisfies. */
export function probesFor(index: SearchIndex, atoms: Atom[], order: number[], done: Uint8Array): Probes {
  const groups: { atom: Atom; term: number }[][] = [];
  const bits: number[] = [];
  const taken = Uint8Array.from(done);
  for (const b of order) {
    const group: { atom: Atom; term: number }[] = [];
    atoms.forEach((a, i) => {
      if (taken[i] || !(a.bits & (1 << b))) return;
      taken[i] = 1;
      for (const term of a.slots[0]!.terms) group.push({ atom: a, term });
    });
    groups.push(group);
    bits.push(1 << b);
  }
  const flat = groups.flat();
  const p: Probes = {
    term: Int32Array.from(flat, (x) => x.term),
    weight: Float64Array.from(flat, (x) => (x.atom.weight * idf(index, x.term)) / 255),
    bits: Int32Array.from(flat, (x) => x.atom.bits),
    base: Float64Array.from(flat, (x) => {
      const row = championRow(index.champions, x.term);
      return row < 0 ? -1 : row * index.docCount;
    }),
    cursor: Int32Array.from(flat, (x) => index.termStart[x.term]!),
    groupEnd: new Int32Array(groups.length),
    groupBit: Int32Array.from(bits),
  };
  let end = 0;
  groups.forEach((g, i) => (p.groupEnd[i] = end += g.length));
  return p;
}

/**
 * Collects the documents among the candidates that satisfy every clause of `probes` (and the filters, `nf` > 0).
 * `count`: whether facet values are counted. Returns the number of hits.
 */
export function collectByDocument(
  index: SearchIndex,
  s: Scratch,
  candidates: Candidates,
  probes: Probes,
  nf: number,
  top: TopK,
  count: boolean,
): number {
  const { postDocs, postImpact, termStart } = index;
  const impacts = index.champions.impacts;
  const { acc, mask, touched, filter, allowed, counts } = s;
  const f = index.facets;
  const slots = slotsOf(f);
  const heap = top.keys;
  const { term, weight, bits, base, cursor, groupEnd, groupBit } = probes;
  const sorted = candidates.from !== 'touched' || candidates.sorted;
  const groups = groupEnd.length;
  let bar = top.size < top.k ? -Infinity : heap[0]!;
  let total = 0;
  let n: number;
  let leadFrom = 0;
  let leadWeight = 0;
  if (candidates.from === 'term') {
    leadFrom = termStart[candidates.term]!;
    n = termStart[candidates.term + 1]! - leadFrom;
    leadWeight = (candidates.weight * idf(index, candidates.term)) / 255;
  } else n = candidates.from === 'touched' ? s.touchedCount : candidates.count;

  for (let i = 0; i < n; i++) {
    let d: number;
    let m: number;
    let score: number;
    if (candidates.from === 'term') {
      d = postDocs[leadFrom + i]!;
      m = candidates.bits;
      score = Math.fround(leadWeight * postImpact[leadFrom + i]!);
    } else if (candidates.from === 'touched') {
      d = touched[i]!;
      m = mask[d]!;
      score = acc[d]!;
      mask[d] = 0;
      acc[d] = 0;
    } else {
      d = allowed[i]!;
      m = 0;
      score = 0;
    }
    if (nf > 0 && filter[d] !== nf) continue;
    let p = 0;
    let g = 0;
    for (; g < groups; g++) {
      for (const end = groupEnd[g]!; p < end; p++) {
        let impact: number;
        if (base[p]! >= 0) impact = impacts[base[p]! + d]!;
        else {
          const t = term[p]!;
          const e = seek(postDocs, sorted ? cursor[p]! : termStart[t]!, termStart[t + 1]!, d);
          if (sorted) cursor[p] = e;
          impact = e < termStart[t + 1]! && postDocs[e] === d ? postImpact[e]! : 0;
        }
        if (impact === 0) continue;
        m |= bits[p]!;
        score = Math.fround(score + weight[p]! * impact);
      }
      if ((m & groupBit[g]!) === 0) break;
    }
    if (g < groups) continue;
    total++;
    if (score > bar) {
      top.offer(score, d);
      if (top.size === top.k) bar = heap[0]!;
    }
    if (count) countDoc(f, slots, counts, d);
  }
  return total;
}
