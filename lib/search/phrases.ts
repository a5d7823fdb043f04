// Phrase atoms (quoted phrases and glossary phrases): candidates from the rarest slot, or straight from the table
// of adjacent frequent pairs (bigrams.ts) for two frequent words, then positions verified where needed.
import { pairRange } from './bigrams';
import type { Atom } from './plan';
import { idf, seek, type Scratch } from './postings';
import type { SearchIndex } from './types';

/** The pair-table entries of a two-word phrase of frequent words, or null when the table cannot answer. */
export function pairRangeOf(index: SearchIndex, atom: Atom): [number, number] | null {
  const [first, second] = atom.slots;
  if (atom.slots.length !== 2 || first!.terms.length !== 1 || second!.terms.length !== 1 || second!.gap !== 1)
    return null;
  return pairRange(index, first!.terms[0]!, second!.terms[0]!);
}

export function walkPhrase(index: SearchIndex, s: Scratch, atom: Atom, existingOnly: boolean): void {
  const n = atom.slots.length;
  const pair = pairRangeOf(index, atom);
  if (pair) return walkPair(index, s, atom, pair, existingOnly);
  const { postDocs, postImpact, termStart } = index;
  const offsets = new Int32Array(n);
  for (let i = 1; i < n; i++) offsets[i] = offsets[i - 1]! + atom.slots[i]!.gap;
  // Flatten (slot, alternative term) pairs; each keeps a forward cursor for galloping.
  const pairSlot: number[] = [];
  const pairTerm: number[] = [];
  for (let si = 0; si < n; si++)
    for (const t of atom.slots[si]!.terms) {
      pairSlot.push(si);
      pairTerm.push(t);
    }
  const P = pairSlot.length;
  const cursor = Int32Array.from(pairTerm, (t) => termStart[t]!);
  const pairEnd = Int32Array.from(pairTerm, (t) => termStart[t + 1]!);
  const pairIdf = Float64Array.from(pairTerm, (t) => idf(index, t) / 255);
  const entry = new Int32Array(P); // entry of the current document in each pair's list, or -1
  // Drive with the rarest slot.
  const df = atom.slots.map((sl) => sl.terms.reduce((k, t) => k + termStart[t + 1]! - termStart[t]!, 0));
  const leadTerms = atom.slots[df.indexOf(Math.min(...df))]!.terms;
  let candidates: Uint32Array;
  if (leadTerms.length === 1)
    candidates = postDocs.subarray(termStart[leadTerms[0]!]!, termStart[leadTerms[0]! + 1]!);
  else {
    const all: number[] = [];
    for (const t of leadTerms) for (let e = termStart[t]!; e < termStart[t + 1]!; e++) all.push(postDocs[e]!);
    candidates = Uint32Array.from(new Set(all)).sort();
  }
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c]!;
    if (existingOnly && s.mask[d] === 0) continue;
    let slotsFound = 0;
    let lastSlot = -1;
    for (let p = 0; p < P; p++) {
      const e = seek(postDocs, cursor[p]!, pairEnd[p]!, d);
      cursor[p] = e;
      if (e < pairEnd[p]! && postDocs[e] === d) {
        entry[p] = e;
        if (pairSlot[p] !== lastSlot) {
          slotsFound++;
          lastSlot = pairSlot[p]!;
        }
      } else entry[p] = -1;
    }
    if (slotsFound < n || !phraseAt(index, entry, pairSlot, offsets, n)) continue;
    let score = 0;
    for (let p = 0; p < P; p++) if (entry[p]! >= 0) score += pairIdf[p]! * postImpact[entry[p]!]!;
    mark(s, d, atom.bits, atom.weight * score);
  }
}

function mark(s: Scratch, d: number, bits: number, score: number): void {
  if (s.mask[d] === 0) s.touched[s.touchedCount++] = d;
  s.mask[d]! |= bits;
  s.acc[d]! += score;
}

/** Two adjacent frequent words: the pair table lists the documents and both impacts; no list is searched. */
function walkPair(
  index: SearchIndex,
  s: Scratch,
  atom: Atom,
  range: [number, number],
  existingOnly: boolean,
): void {
  const { pairDocs, pairImpacts } = index.bigrams;
  const w0 = (atom.weight * idf(index, atom.slots[0]!.terms[0]!)) / 255;
  const w1 = (atom.weight * idf(index, atom.slots[1]!.terms[0]!)) / 255;
  for (let i = range[0]; i < range[1]; i++) {
    const d = pairDocs[i]!;
    if (existingOnly && s.mask[d] === 0) continue;
    const impacts = pairImpacts[i]!;
    mark(s, d, atom.bits, w0 * (impacts >>> 8) + w1 * (impacts & 255));
  }
}

/** True when some position p of slot 0 has every slot i at p + offsets[i] (positions per entry are sorted). */
function phraseAt(
  index: SearchIndex,
  entry: Int32Array,
  pairSlot: number[],
  offsets: Int32Array,
  n: number,
): boolean {
  const { posStart, positions } = index;
  for (let p0 = 0; p0 < entry.length && pairSlot[p0] === 0; p0++) {
    const e0 = entry[p0]!;
    if (e0 < 0) continue;
    for (let i = posStart[e0]!; i < posStart[e0 + 1]!; i++) {
      const start = positions[i]!;
      let ok = true;
      for (let si = 1; si < n && ok; si++) {
        ok = false;
        const want = start + offsets[si]!;
        for (let p = 0; p < entry.length && !ok; p++) {
          if (pairSlot[p] !== si || entry[p]! < 0) continue;
          const e = entry[p]!;
          let lo = posStart[e]!;
          let hi = posStart[e + 1]!;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (positions[mid]! < want) lo = mid + 1;
            else hi = mid;
          }
          ok = lo < posStart[e + 1]! && positions[lo] === want;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}
