// One typo in words of 5+ letters. Any word within one edit of the query word shares either its first half
// (edit in the second half) or its tail after the middle letter (edit earlier), so two binary-searched ranges of
// the sorted surface vocabulary (and of the same words ordered by their reversed spelling) hold every candidate;
// no deletion-neighbourhood table is kept in memory.
import type { SearchIndex } from './types';

const MIN_TYPO_LENGTH = 5;

export function sortSurface(counts: Map<string, number>): { surface: string[]; surfaceByEnd: Uint32Array } {
  const surface = [...counts.keys()].filter((w) => !/^\p{N}+$/u.test(w)).sort();
  return { surface, surfaceByEnd: sortByEnd(surface) };
}

export function sortByEnd(surface: string[]): Uint32Array {
  const rev = surface.map(reverse);
  const order = Uint32Array.from(surface.keys());
  order.sort((a, b) => (rev[a]! < rev[b]! ? -1 : rev[a]! > rev[b]! ? 1 : 0));
  return order;
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** First index whose key is >= prefix. */
function lowerBound(n: number, key: (i: number) => string, prefix: string): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function typoCandidates(index: SearchIndex, word: string, limit = 8): string[] {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const { surface, surfaceByEnd } = index;
  const out = new Set<string>();
  // An edit at position >= p keeps word[0, p); an earlier one (a swap included) keeps word[p + 1, end).
  const p = word.length >> 1;
  const head = word.slice(0, p);
  for (let i = lowerBound(surface.length, (k) => surface[k]!, head); i < surface.length; i++) {
    const w = surface[i]!;
    if (!w.startsWith(head)) break;
    if (withinOneEdit(word, w)) out.add(w);
  }
  const tail = reverse(word.slice(p + 1));
  const revAt = (k: number) => reverse(surface[surfaceByEnd[k]!]!);
  for (let i = lowerBound(surfaceByEnd.length, revAt, tail); i < surfaceByEnd.length; i++) {
    if (!revAt(i).startsWith(tail)) break;
    const w = surface[surfaceByEnd[i]!]!;
    if (withinOneEdit(word, w)) out.add(w);
  }
  return [...out].slice(0, limit);
}
