// Narrowing the allowed documents after the facet filters: excluded words (`-IOM`), a publication-year range and a
// studied-period range. All three act as one more filter, so every collection path (bitsets, one document at a
// time, clause by clause, browse) honours them without knowing about them: the allowed documents' counter, list
// and bitset are rewritten as markFilters leaves them.
import { lowestDoc, setBit, wordsFor } from './bits';
import type { Filtering } from './facets';
import type { Atom } from './plan';
import { walkAtom, type Scratch } from './postings';
import type { SearchIndex, YearRange } from './types';

export interface Restriction {
  exclude: Atom[];
  year?: YearRange;
  period?: YearRange;
}

const years = new WeakMap<SearchIndex, Int16Array>();
/** Publication year per document, -1 when unknown (from the `year` facet values). */
export function yearsOf(index: SearchIndex): Int16Array {
  let out = years.get(index);
  if (out) return out;
  const f = index.facets;
  out = new Int16Array(index.docCount).fill(-1);
  f.values.forEach(([key, value], v) => {
    if (key !== 'year') return;
    for (let i = f.valDocStart[v]!; i < f.valDocStart[v + 1]!; i++) out![f.valDocs[i]!] = Number(value);
  });
  years.set(index, out);
  return out;
}

const active = (r?: YearRange) => r !== undefined && (r.from !== undefined || r.to !== undefined);

export function restricts(r: Restriction): boolean {
  return r.exclude.length > 0 || active(r.year) || active(r.period);
}

/** Documents matched by any of the atoms, as a bitset; the scratch arrays are left clean. */
function excludedBits(index: SearchIndex, s: Scratch, atoms: Atom[]): Int32Array {
  const bits = new Int32Array(wordsFor(index.docCount));
  s.touchedCount = 0;
  for (const atom of atoms) walkAtom(index, s, atom);
  for (let i = 0; i < s.touchedCount; i++) {
    const d = s.touched[i]!;
    setBit(bits, d);
    s.mask[d] = 0;
    s.acc[d] = 0;
  }
  s.touchedCount = 0;
  return bits;
}

const within = (value: number, r?: YearRange) =>
  !active(r) || (value >= 0 && value >= (r!.from ?? -Infinity) && value <= (r!.to ?? Infinity));

/** The filtering after the restriction; without filters before it, every document starts allowed. */
export function restrictFiltering(
  index: SearchIndex,
  s: Scratch,
  filtering: Filtering,
  r: Restriction,
): Filtering {
  if (!restricts(r)) return filtering;
  const N = index.docCount;
  const bits = s.filterBits;
  if (filtering.facets === 0) {
    bits.fill(-1);
    if (N & 31) bits[bits.length - 1] = (1 << (N & 31)) - 1;
  }
  const nf = Math.max(1, filtering.facets);
  const excluded = r.exclude.length > 0 ? excludedBits(index, s, r.exclude) : null;
  const year = yearsOf(index);
  const { periodFrom, periodTo } = index.facets;
  s.filter.fill(0);
  let allowed = 0;
  for (let w = 0; w < bits.length; w++) {
    let kept = 0;
    for (let x = bits[w]!; x !== 0; x &= x - 1) {
      const d = lowestDoc(w, x);
      if (excluded && excluded[w]! & (1 << (d & 31))) continue;
      if (!within(year[d]!, r.year)) continue;
      // A studied period overlaps the range; an unknown period never does.
      if (active(r.period)) {
        const from = periodFrom[d]!;
        const to = periodTo[d]!;
        if (from < 0 || to < (r.period!.from ?? -Infinity) || from > (r.period!.to ?? Infinity)) continue;
      }
      kept |= 1 << (d & 31);
      s.filter[d] = nf;
      s.allowed[allowed++] = d;
    }
    bits[w] = kept;
  }
  return { facets: nf, allowed };
}
