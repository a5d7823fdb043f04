// Counting facet values over a set of documents: fixed-width rows of value ids per document (see FacetSlots), so
// each document costs straight-line increments instead of a loop over a CSR slice.
import type { FacetData } from './types';

/** Width of a row of value slots (FacetSlots). */
export const SLOTS = 16;
/**
 * Each document's facet value ids in one fixed-width row, so counting a document is one cache line and
 * straight-line increments instead of a loop over a CSR slice (the misses, not the increments, are what a query
 * with thousands of hits pays for). Padding at row position k counts into a spare counter values.length + k (one
 * per position, so padded slots do not queue on one counter). A document with more than SLOTS values (rare:
 * studies carry about ten) has its first SLOTS - 1 in the row and the marker values.length + SLOTS last; the
 * rest come from the CSR arrays.
 */
export interface FacetSlots {
  slots: ValueIds;
  more: number; // the marker id
}
/** The narrowest ids that hold every value, spare and the marker: 16 or 32 bytes a row, within one cache line. */
type ValueIds = Uint8Array | Uint16Array | Uint32Array;

/** Counters a facet count needs: one per value, the SLOTS spares and the marker. */
export const counterCount = (f: FacetData) => f.values.length + SLOTS + 1;

export function facetSlots(f: FacetData): FacetSlots {
  const N = f.docValStart.length - 1;
  const V = f.values.length;
  const more = V + SLOTS;
  const size = N * SLOTS;
  const slots =
    more < 0x100 ? new Uint8Array(size) : more < 0x10000 ? new Uint16Array(size) : new Uint32Array(size);
  for (let i = 0; i < size; i++) slots[i] = V + (i % SLOTS);
  for (let d = 0; d < N; d++) {
    const from = f.docValStart[d]!;
    const n = f.docValStart[d + 1]! - from;
    if (n <= SLOTS) slots.set(f.docVals.subarray(from, from + n), d * SLOTS);
    else {
      slots.set(f.docVals.subarray(from, from + SLOTS - 1), d * SLOTS);
      slots[d * SLOTS + SLOTS - 1] = more;
    }
  }
  return { slots, more };
}

const slotCache = new WeakMap<FacetData, FacetSlots>();
export function slotsOf(f: FacetData): FacetSlots {
  let s = slotCache.get(f);
  if (!s) slotCache.set(f, (s = facetSlots(f)));
  return s;
}

export function countDoc(f: FacetData, fs: FacetSlots, counts: Int32Array, d: number): void {
  const slots = fs.slots;
  const b = d * SLOTS;
  counts[slots[b]!]!++;
  counts[slots[b + 1]!]!++;
  counts[slots[b + 2]!]!++;
  counts[slots[b + 3]!]!++;
  counts[slots[b + 4]!]!++;
  counts[slots[b + 5]!]!++;
  counts[slots[b + 6]!]!++;
  counts[slots[b + 7]!]!++;
  counts[slots[b + 8]!]!++;
  counts[slots[b + 9]!]!++;
  counts[slots[b + 10]!]!++;
  counts[slots[b + 11]!]!++;
  counts[slots[b + 12]!]!++;
  counts[slots[b + 13]!]!++;
  counts[slots[b + 14]!]!++;
  counts[slots[b + 15]!]!++;
  if (slots[b + 15] !== fs.more) return;
  for (let i = f.docValStart[d]! + SLOTS - 1, end = f.docValStart[d + 1]!; i < end; i++)
    counts[f.docVals[i]!]!++;
}

/** Counts taken over the documents that are not hits become the hits' counts. */
export function subtractFromTotals(f: FacetData, counts: Int32Array): void {
  for (let v = 0; v < f.values.length; v++)
    counts[v] = f.valDocStart[v + 1]! - f.valDocStart[v]! - counts[v]!;
}
