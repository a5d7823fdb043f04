// Every clause required and every clause a word (no positions to check): the hits are an AND of bitsets. A
// frequent term's bitset (N/8 bytes) is set from its list on first use and kept; another term's is set from its
// list each time. A clause ORs its terms' bitsets, the clauses (and the filtered documents) are ANDed word by
// word, and only the hits are visited, in document order, to score them (dense impact rows, or a cursor moving
// forwards in each list) and count their facets. Two frequent words then cost a few thousand word operations
// instead of a pass over the shorter list with a lookup per document.
import { lowestDoc, setAll, wordsFor } from './bits';
import { championRow } from './champions';
import { countDoc, slotsOf, subtractFromTotals } from './facet-count';
import type { Filtering } from './facets';
import type { Atom } from './plan';
import type { Probes } from './by-document';
import { seek, type Scratch } from './postings';
import type { TopK } from './top-k';
import type { SearchIndex } from './types';

/** Words of a bitset over the index's documents. */
export const bitsetWords = (index: SearchIndex) => wordsFor(index.docCount);

const cache = new WeakMap<SearchIndex, (Int32Array | undefined)[]>();

/** The bitset of a champion term's documents, built once per loaded index. */
function championBits(index: SearchIndex, term: number, row: number): Int32Array {
  let rows = cache.get(index);
  if (!rows) cache.set(index, (rows = []));
  let bits = rows[row];
  if (bits) return bits;
  bits = new Int32Array(bitsetWords(index));
  setAll(bits, index.postDocs.subarray(index.termStart[term]!, index.termStart[term + 1]!));
  rows[row] = bits;
  return bits;
}

/** ORs the term's documents into `out`. */
function orTerm(index: SearchIndex, term: number, out: Int32Array): void {
  const row = championRow(index.champions, term);
  if (row >= 0) {
    const bits = championBits(index, term, row);
    for (let w = 0; w < out.length; w++) out[w]! |= bits[w]!;
    return;
  }
  setAll(out, index.postDocs.subarray(index.termStart[term]!, index.termStart[term + 1]!));
}

/** Mask of the valid bits of word w (the last word may be partly past the documents). */
const validBits = (N: number, W: number, w: number) => (w === W - 1 && N & 31 ? (1 << (N & 31)) - 1 : -1);

/**
 * Collects the documents satisfying every clause (all words) and the filters; scores accumulate in the order of
 * `probes` (every clause, in `order`), as in the other paths. Returns the number of hits.
 */
export function collectByBitset(
  index: SearchIndex,
  s: Scratch,
  filtering: Filtering,
  atoms: Atom[],
  order: number[],
  probes: Probes,
  top: TopK,
  count: boolean,
): number {
  const N = index.docCount;
  const W = bitsetWords(index);
  const { hitBits: hits, workBits: clause } = s;
  if (filtering.facets > 0) hits.set(s.filterBits);
  else {
    hits.fill(-1);
    hits[W - 1] = validBits(N, W, W - 1);
  }
  for (const b of order) {
    const terms = atoms.filter((a) => a.bits & (1 << b)).flatMap((a) => a.slots[0]!.terms);
    const row = terms.length === 1 ? championRow(index.champions, terms[0]!) : -1;
    if (row >= 0) {
      const only = championBits(index, terms[0]!, row);
      for (let w = 0; w < W; w++) hits[w]! &= only[w]!;
      continue;
    }
    clause.fill(0);
    for (const t of terms) orTerm(index, t, clause);
    for (let w = 0; w < W; w++) hits[w]! &= clause[w]!;
  }

  const { postDocs, postImpact, termStart } = index;
  const impacts = index.champions.impacts;
  const { term, weight, base, cursor } = probes;
  const P = base.length;
  const heap = top.keys;
  let bar = top.size < top.k ? -Infinity : heap[0]!;
  let total = 0;
  for (let w = 0; w < W; w++) {
    for (let x = hits[w]!; x !== 0; x &= x - 1) {
      const d = lowestDoc(w, x);
      total++;
      let score = 0;
      for (let p = 0; p < P; p++) {
        let impact: number;
        if (base[p]! >= 0) impact = impacts[base[p]! + d]!;
        else {
          const end = termStart[term[p]! + 1]!;
          const e = (cursor[p] = seek(postDocs, cursor[p]!, end, d));
          impact = e < end && postDocs[e] === d ? postImpact[e]! : 0;
        }
        if (impact !== 0) score = Math.fround(score + weight[p]! * impact);
      }
      if (score > bar) {
        top.offer(score, d);
        if (top.size === top.k) bar = heap[0]!;
      }
    }
  }
  if (count) countHits(index, s.counts, hits, filtering.facets === 0 && total > N / 2);
  return total;
}

/** Facet counts of the documents in `hits`, or, when `complement`, of the others subtracted from the totals. */
function countHits(index: SearchIndex, counts: Int32Array, hits: Int32Array, complement: boolean): void {
  const N = index.docCount;
  const W = hits.length;
  const f = index.facets;
  const slots = slotsOf(f);
  for (let w = 0; w < W; w++) {
    const word = complement ? ~hits[w]! & validBits(N, W, w) : hits[w]!;
    for (let x = word; x !== 0; x &= x - 1) countDoc(f, slots, counts, lowestDoc(w, x));
  }
  if (complement) subtractFromTotals(f, counts);
}
