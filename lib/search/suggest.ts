// Search-as-you-type. This is where FlexSearch earns its place: a small forward (prefix) index over a
// vocabulary of study titles, organisations, frameworks and frequent corpus words. It is rebuilt from the
// persisted suggestion list on first use instead of being exported, because its import is slower than a rebuild
// at this size.
import { Index } from 'flexsearch';
import { fold, tokenize } from './analyse';
import type { SearchIndex, Suggestion } from './types';

const TOP_TERMS = 3000;
const KIND_RANK: Record<Suggestion['kind'], number> = { organisation: 0, framework: 1, study: 2, term: 3 };

export function buildSuggestions(
  titles: { id: string; label: string }[],
  extra: Suggestion[],
  surfaceCount: Map<string, number>,
): Suggestion[] {
  const out: Suggestion[] = [...extra];
  for (const t of titles) out.push({ kind: 'study', label: t.label, value: t.id });
  const frequent = [...surfaceCount.entries()]
    .filter(([w]) => w.length >= 4 && !/^\p{N}+$/u.test(w))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_TERMS);
  for (const [w] of frequent) out.push({ kind: 'term', label: w, value: w });
  return out;
}

const encode = (text: string): string[] => tokenize(text).map((t) => fold(t.raw));

// FlexSearch indexes live beside the plain-data SearchIndex, keyed by it, so SearchIndex stays serialisable.
const prefixIndexes = new WeakMap<SearchIndex, Index>();

export function prefixIndexOf(index: SearchIndex): Index {
  let fx = prefixIndexes.get(index);
  if (!fx) {
    fx = new Index({ tokenize: 'forward', encode });
    index.suggestions.forEach((s, i) => fx!.add(i, s.label));
    prefixIndexes.set(index, fx);
  }
  return fx;
}

export function suggest(index: SearchIndex, prefix: string, limit = 8): Suggestion[] {
  const words = encode(prefix);
  if (words.length === 0) return [];
  const ids = prefixIndexOf(index).search(words.join(' '), { limit: Math.max(limit * 8, 50) });
  const folded = words.join(' ');
  const ranked = ids
    .map((id, order) => ({ s: index.suggestions[Number(id)]!, order }))
    .map((x) => ({ ...x, starts: encode(x.s.label).join(' ').startsWith(folded) ? 0 : 1 }));
  ranked.sort(
    (a, b) => a.starts - b.starts || KIND_RANK[a.s.kind] - KIND_RANK[b.s.kind] || a.order - b.order,
  );
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { s } of ranked) {
    const key = `${s.kind}\u0000${s.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
