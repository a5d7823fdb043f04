// Walking posting lists: accumulate scores and clause bits per document into reusable dense arrays, and verify
// phrases with positions. Everything is typed-array arithmetic; nothing is allocated per posting.
import { pairDocs } from './bigrams';
import type { Atom } from './plan';
import type { SearchIndex } from './types';

export interface Scratch {
  acc: Float32Array;
  mask: Uint32Array;
  touched: Uint32Array;
  touchedCount: number;
  filter: Uint8Array;
  counts: Uint32Array;
}

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
      counts: new Uint32Array(index.facets.values.length),
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

function hit(s: Scratch, d: number, bits: number, score: number): void {
  if (s.mask[d] === 0) s.touched[s.touchedCount++] = d;
  s.mask[d]! |= bits;
  s.acc[d]! += score;
}

export function walkAtom(index: SearchIndex, s: Scratch, atom: Atom): void {
  if (atom.slots.length === 1) {
    const { postDocs, postImpact, termStart } = index;
    for (const t of atom.slots[0]!.terms) {
      const w = (atom.weight * idf(index, t)) / 255;
      for (let e = termStart[t]!, end = termStart[t + 1]!; e < end; e++)
        hit(s, postDocs[e]!, atom.bits, w * postImpact[e]!);
    }
    return;
  }
  walkPhrase(index, s, atom);
}

function walkPhrase(index: SearchIndex, s: Scratch, atom: Atom): void {
  const { postDocs, postImpact, termStart } = index;
  const n = atom.slots.length;
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
  const lead = df.indexOf(Math.min(...df));
  const leadTerms = atom.slots[lead]!.terms;
  let candidates: Uint32Array;
  // Two adjacent single-term slots of frequent words: the pair table lists exactly the matching documents.
  const pair =
    n === 2 && P === 2 && atom.slots[1]!.gap === 1 ? pairDocs(index, pairTerm[0]!, pairTerm[1]!) : null;
  if (pair) candidates = pair;
  else if (leadTerms.length === 1)
    candidates = postDocs.subarray(termStart[leadTerms[0]!]!, termStart[leadTerms[0]! + 1]!);
  else {
    const all: number[] = [];
    for (const t of leadTerms) for (let e = termStart[t]!; e < termStart[t + 1]!; e++) all.push(postDocs[e]!);
    candidates = Uint32Array.from(new Set(all)).sort();
  }
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c]!;
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
    if (slotsFound < n || (!pair && !phraseAt(index, entry, pairSlot, offsets, n))) continue;
    let score = 0;
    for (let p = 0; p < P; p++) if (entry[p]! >= 0) score += pairIdf[p]! * postImpact[entry[p]!]!;
    hit(s, d, atom.bits, atom.weight * score);
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
