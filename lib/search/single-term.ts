// The commonest query, one word that analyses to one term and no filter, needs neither the dense score arrays nor
// a heap. A frequent term has its facet counts and best entries precomputed (champions.ts). Otherwise the term's
// list holds the hits in document order with their quantised impacts, so the top k come from the same selection
// the champions are built with (bestEntries: a histogram of the 256 impacts, ties to the earlier document), the
// total is the list's length, and the facets are counted over the list or, when it covers most of the corpus,
// over the gaps between its documents.
import { bestEntries, CHAMPIONS, championRow } from './champions';
import { countDoc, slotsOf, subtractFromTotals } from './facet-count';
import type { Atom } from './plan';
import { idf } from './postings';
import type { TopK } from './top-k';
import type { SearchIndex } from './types';

/** Lists up to this long are offered to the heap whole instead of through the impact histogram. */
const SHORT_LIST = 256;

/** The atom's only term when the fast path applies, else -1. */
export function singleTerm(atoms: Atom[]): number {
  if (atoms.length !== 1) return -1;
  const slots = atoms[0]!.slots;
  return slots.length === 1 && slots[0]!.terms.length === 1 ? slots[0]!.terms[0]! : -1;
}

export function collectSingleTerm(
  index: SearchIndex,
  counts: Int32Array,
  atom: Atom,
  term: number,
  top: TopK,
  count = true,
): number {
  const { postDocs, postImpact, termStart } = index;
  const from = termStart[term]!;
  const to = termStart[term + 1]!;
  const w = (atom.weight * idf(index, term)) / 255;
  const row = championRow(index.champions, term);
  const champion = row >= 0 && top.k <= CHAMPIONS;
  if (count) countTerm(index, counts, row, from, to);
  if (champion) {
    for (const e of index.champions.top.subarray(row * CHAMPIONS, row * CHAMPIONS + top.k))
      top.offer(w * postImpact[e]!, postDocs[e]!);
  } else if (to - from <= SHORT_LIST) {
    // A short list goes through the heap whole, in document order (ties keep the earlier document, as below).
    for (let e = from; e < to; e++) top.offer(w * postImpact[e]!, postDocs[e]!);
  } else
    for (const e of bestEntries(postImpact, from, to, top.k)) top.offer(w * postImpact[e]!, postDocs[e]!);
  return to - from;
}

/** Facet counts of the documents in entries [from, to) of the postings (a champion's are precomputed). */
function countTerm(index: SearchIndex, counts: Int32Array, row: number, from: number, to: number): void {
  const f = index.facets;
  if (row >= 0) {
    const V = f.values.length;
    counts.set(index.champions.counts.subarray(row * V, row * V + V));
    return;
  }
  const { postDocs } = index;
  const slots = slotsOf(f);
  if (to - from > index.docCount / 2) {
    let e = from;
    for (let d = 0; d < index.docCount; d++) {
      if (e < to && postDocs[e] === d) e++;
      else countDoc(f, slots, counts, d);
    }
    subtractFromTotals(f, counts);
  } else for (let e = from; e < to; e++) countDoc(f, slots, counts, postDocs[e]!);
}
