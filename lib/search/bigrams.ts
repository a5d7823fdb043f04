// Phrases of two frequent words ("perdagangan manusia") would otherwise verify positions in most documents.
// For terms in at least FREQUENT_SHARE of documents, every adjacent pair of them (token i, token i + 1) gets
// its own sorted document list, built from the positions after the main postings are sorted. A two-word phrase
// of frequent terms is then one list walk, and a pair missing from the table is known to match nothing.
import type { SearchIndex } from './types';

const FREQUENT_SHARE = 0.05;
const MIN_DF = 50;

export interface Bigrams {
  /** Pair table: first term, second term, sorted by (first, second); pair p owns docs pairStart[p]..[p + 1]. */
  pairFirst: Uint32Array;
  pairSecond: Uint32Array;
  pairStart: Uint32Array;
  pairDocs: Uint32Array;
  /** Per pair document: the first term's impact << 8 | the second's, so a phrase scores without seeking either list. */
  pairImpacts: Uint16Array;
}

export function frequentThreshold(docCount: number): number {
  return Math.max(MIN_DF, Math.ceil(docCount * FREQUENT_SHARE));
}

type Postings = Pick<
  SearchIndex,
  'docCount' | 'termStart' | 'postDocs' | 'postImpact' | 'posStart' | 'positions'
>;

export function buildBigrams(ix: Postings): Bigrams {
  const { termStart, postDocs, postImpact, posStart, positions, docCount } = ix;
  const T = termStart.length - 1;
  const min = frequentThreshold(docCount);
  const frequent: number[] = [];
  for (let t = 0; t < T; t++) if (termStart[t + 1]! - termStart[t]! >= min) frequent.push(t);
  // Group (position, term) of frequent terms by document with a counting sort.
  const perDoc = new Uint32Array(docCount + 1);
  for (const t of frequent)
    for (let e = termStart[t]!; e < termStart[t + 1]!; e++)
      perDoc[postDocs[e]! + 1]! += posStart[e + 1]! - posStart[e]!;
  for (let d = 0; d < docCount; d++) perDoc[d + 1]! += perDoc[d]!;
  const total = perDoc[docCount]!;
  const pos = new Uint32Array(total);
  const term = new Uint32Array(total);
  const impact = new Uint8Array(total);
  const fill = perDoc.slice(0, docCount);
  for (const t of frequent)
    for (let e = termStart[t]!; e < termStart[t + 1]!; e++) {
      const d = postDocs[e]!;
      for (let i = posStart[e]!; i < posStart[e + 1]!; i++) {
        const k = fill[d]!++;
        pos[k] = positions[i]!;
        term[k] = t;
        impact[k] = postImpact[e]!;
      }
    }
  // Per document: order by position, then record each distinct adjacent pair once.
  const pairs = new Map<number, number[]>();
  const order: number[] = [];
  const seen = new Set<number>();
  for (let d = 0; d < docCount; d++) {
    const from = perDoc[d]!;
    const to = perDoc[d + 1]!;
    order.length = 0;
    for (let k = from; k < to; k++) order.push(k);
    order.sort((a, b) => pos[a]! - pos[b]!);
    seen.clear();
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length && pos[order[j]!]! <= pos[a]! + 1; j++) {
        const b = order[j]!;
        if (pos[b] !== pos[a]! + 1) continue;
        const key = term[a]! * T + term[b]!;
        if (seen.has(key)) continue;
        seen.add(key);
        let list = pairs.get(key);
        if (!list) pairs.set(key, (list = []));
        list.push(d, (impact[a]! << 8) | impact[b]!);
      }
    }
  }
  const keys = [...pairs.keys()].sort((a, b) => a - b);
  const pairFirst = new Uint32Array(keys.length);
  const pairSecond = new Uint32Array(keys.length);
  const pairStart = new Uint32Array(keys.length + 1);
  keys.forEach((k, i) => {
    pairFirst[i] = Math.floor(k / T);
    pairSecond[i] = k % T;
    pairStart[i + 1] = pairStart[i]! + pairs.get(k)!.length / 2;
  });
  const pairDocs = new Uint32Array(pairStart[keys.length]!);
  const pairImpacts = new Uint16Array(pairDocs.length);
  keys.forEach((k, i) => {
    const list = pairs.get(k)!;
    for (let j = 0, at = pairStart[i]!; j < list.length; j += 2, at++) {
      pairDocs[at] = list[j]!;
      pairImpacts[at] = list[j + 1]!;
    }
  });
  return { pairFirst, pairSecond, pairStart, pairDocs, pairImpacts };
}

/**
 * Entries [from, to) of bigrams.pairDocs where `second` follows `first` directly, when both are frequent (maybe
 * empty); null when the table cannot answer (one of the terms is not frequent).
 */
export function pairRange(ix: SearchIndex, first: number, second: number): [number, number] | null {
  const min = frequentThreshold(ix.docCount);
  const df = (t: number) => ix.termStart[t + 1]! - ix.termStart[t]!;
  if (df(first) < min || df(second) < min) return null;
  const { pairFirst, pairSecond, pairStart } = ix.bigrams;
  let lo = 0;
  let hi = pairFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pairFirst[mid]! < first || (pairFirst[mid] === first && pairSecond[mid]! < second)) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= pairFirst.length || pairFirst[lo] !== first || pairSecond[lo] !== second) return [0, 0];
  return [pairStart[lo]!, pairStart[lo + 1]!];
}
