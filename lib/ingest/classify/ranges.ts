// Range lookups the classifiers make for every hit and every number: "is this span inside one of these ranges"
// and "which hits fall inside this sentence". A document with thousands of citations, captions or sections made
// a linear scan per question quadratic; here each question costs a binary search.

export interface Range {
  start: number;
  end: number;
}

/** Ranges sorted by start, with the largest end seen so far: a span is covered when some range starting at or
 * before it reaches past its end. */
interface CoverIndex {
  starts: number[];
  maxEnds: number[];
}

// Zones are built once per document and never changed afterwards, so an index can be kept per array.
const indexes = new WeakMap<readonly Range[], CoverIndex>();
const LINEAR_LIMIT = 8;

function indexOf(ranges: readonly Range[]): CoverIndex {
  let index = indexes.get(ranges);
  if (!index) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    const starts = sorted.map((r) => r.start);
    let max = -Infinity;
    const maxEnds = sorted.map((r) => (max = Math.max(max, r.end)));
    index = { starts, maxEnds };
    indexes.set(ranges, index);
  }
  return index;
}

/** The number of values in the sorted `values` that are at most `x`. */
function countAtMost(values: number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether [start, end) lies inside one of `ranges`. */
export function within(ranges: readonly Range[], start: number, end = start + 1): boolean {
  if (ranges.length <= LINEAR_LIMIT) return ranges.some((r) => start >= r.start && end <= r.end);
  const { starts, maxEnds } = indexOf(ranges);
  const last = countAtMost(starts, start) - 1;
  return last >= 0 && (maxEnds[last] ?? -Infinity) >= end;
}

/** The hits (sorted by start) that lie inside [start, end), in order. */
export function hitsWithin<T extends Range>(hits: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((hits[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = low; i < hits.length && (hits[i]?.start ?? end) < end; i += 1) {
    const hit = hits[i] as T;
    if (hit.end <= end) found.push(hit);
  }
  return found;
}
