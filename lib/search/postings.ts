// Walking posting lists into reusable dense arrays: a score and a clause mask per document, plus the list of
// documents touched. An atom is either walked (every posting) or, when the candidates are already few,
// probed (each candidate looked up in the atom's lists). Nothing is allocated per posting.
import { wordsFor } from './bits';
import { championRow } from './champions';
import { counterCount } from './facet-count';
import { walkPhrase } from './phrases';
import type { Atom } from './plan';
import type { SearchIndex } from './types';

export interface Scratch {
  acc: Float32Array;
  mask: Uint32Array;
  touched: Uint32Array;
  touchedCount: number;
  filter: Uint8Array;
  allowed: Uint32Array; // the documents passing the filters (markFilters)
  filterBits: Int32Array; // the same as a bitset (bit d % 32 of word d >> 5)
  hitBits: Int32Array; // the hits of a query answered with bitsets (bitsets.ts)
  workBits: Int32Array; // one facet's values or one clause's terms ORed, while they are combined
  counts: Int32Array; // per facet value, plus the spares padded slots count into (facets.ts)
}

/** Mask bit of a document that is a candidate (from the filters) before any clause matched it. */
export const CANDIDATE = 0x80000000;

const scratches = new WeakMap<SearchIndex, Scratch>();
export function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const N = index.docCount;
    s = {
      acc: new Float32Array(N),
      mask: new Uint32Array(N),
      touched: new Uint32Array(N),
      touchedCount: 0,
      filter: new Uint8Array(N),
      allowed: new Uint32Array(N),
      filterBits: new Int32Array(wordsFor(N)),
      hitBits: new Int32Array(wordsFor(N)),
      workBits: new Int32Array(wordsFor(N)),
      counts: new Int32Array(counterCount(index.facets)),
    };
    scratches.set(index, s);
  }
  return s;
}

export function idf(index: SearchIndex, term: number): number {
  const df = index.termStart[term + 1]! - index.termStart[term]!;
  return Math.log(1 + (index.docCount - df + 0.5) / (df + 0.5));
}

/** First entry index in [lo, hi) whose document is >= doc, galloping from lo (lists are walked forwards). */
export function seek(docs: Uint32Array, lo: number, hi: number, doc: number): number {
  let step = 1;
  let probe = lo;
  while (probe < hi && docs[probe]! < doc) {
    lo = probe + 1;
    probe += step;
    step <<= 1;
  }
  if (probe > hi) probe = hi;
  while (lo < probe) {
    const mid = (lo + probe) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else probe = mid;
  }
  return lo;
}

/**
 * First entry index in [lo, hi) whose document is >= doc, for a single lookup: documents are numbered densely, so
 * entry lo + (hi - lo) * doc / N is close to the answer in a long list, and galloping from there (either way)
 * touches a few cache lines instead of the log2(length) a search from the start does.
 */
export function find(docs: Uint32Array, lo: number, hi: number, doc: number, N: number): number {
  if (hi - lo <= 16) return seek(docs, lo, hi, doc);
  const guess = Math.min(hi - 1, lo + Math.floor(((hi - lo) * doc) / N));
  if (docs[guess]! < doc) return seek(docs, guess + 1, hi, doc);
  // docs[right] >= doc; step back until docs[left] < doc or the list's start.
  let right = guess;
  let step = 1;
  let left = guess - 1;
  while (left >= lo && docs[left]! >= doc) {
    right = left;
    left -= step;
    step <<= 1;
  }
  let from = Math.max(left + 1, lo);
  while (from < right) {
    const mid = (from + right) >>> 1;
    if (docs[mid]! < doc) from = mid + 1;
    else right = mid;
  }
  return from;
}

/**
 * Adds the atom's postings into the scratch arrays. `existingOnly`: only documents already touched (mask != 0)
 * are updated, so a later clause narrows the candidates instead of adding to them.
 */
export function walkAtom(index: SearchIndex, s: Scratch, atom: Atom, existingOnly = false): void {
  if (atom.slots.length > 1) return walkPhrase(index, s, atom, existingOnly);
  const { postDocs, postImpact, termStart } = index;
  const { mask, acc, touched } = s;
  const bits = atom.bits;
  let count = s.touchedCount;
  for (const t of atom.slots[0]!.terms) {
    const w = (atom.weight * idf(index, t)) / 255;
    const end = termStart[t + 1]!;
    if (existingOnly) {
      for (let e = termStart[t]!; e < end; e++) {
        const d = postDocs[e]!;
        if (mask[d] === 0) continue;
        mask[d]! |= bits;
        acc[d]! += w * postImpact[e]!;
      }
      continue;
    }
    for (let e = termStart[t]!; e < end; e++) {
      const d = postDocs[e]!;
      if (mask[d] === 0) touched[count++] = d;
      mask[d]! |= bits;
      acc[d]! += w * postImpact[e]!;
    }
  }
  s.touchedCount = count;
}

/**
 * Looks every candidate up in the atom's lists (single-slot atoms): one load from a frequent term's dense impact
 * row, else galloping forwards when the candidates are in document order, a binary search per candidate otherwise.
 */
export function probeAtom(index: SearchIndex, s: Scratch, atom: Atom, sorted: boolean): void {
  const { postDocs, postImpact, termStart } = index;
  const { mask, acc, touched } = s;
  for (const t of atom.slots[0]!.terms) {
    const w = (atom.weight * idf(index, t)) / 255;
    const row = championRow(index.champions, t);
    if (row >= 0) {
      const impacts = index.champions.impacts;
      const base = row * index.docCount;
      for (let i = 0; i < s.touchedCount; i++) {
        const d = touched[i]!;
        const impact = impacts[base + d]!;
        if (impact === 0) continue;
        mask[d]! |= atom.bits;
        acc[d]! += w * impact;
      }
      continue;
    }
    const start = termStart[t]!;
    const end = termStart[t + 1]!;
    let cursor = start;
    for (let i = 0; i < s.touchedCount; i++) {
      const d = touched[i]!;
      const e = seek(postDocs, sorted ? cursor : start, end, d);
      if (sorted) cursor = e;
      if (e < end && postDocs[e] === d) {
        mask[d]! |= atom.bits;
        acc[d]! += w * postImpact[e]!;
      }
    }
  }
}
