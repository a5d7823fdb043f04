// "Did you mean": for a query that finds nothing, each plain word the index has never seen is replaced by the
// nearest word of the index's own vocabulary (at most two edits, same first letter), and the corrected query is
// offered only if it finds something. Runs only on a query with no hits, so a scan of the vocabulary is fine.
import { analyseToken, fold, LANGS } from './analyse';
import { formatQuery, parseQuery } from './parse-query';
import type { SearchIndex } from './types';

const MAX_EDITS = 2;

/** Edit distance (insert, delete, substitute, swap of neighbours), giving up above `max`. */
export function editDistance(a: string, b: string, max = MAX_EDITS): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

const known = (index: SearchIndex, word: string) =>
  LANGS.some((l) => analyseToken(word, l).some((t) => index.termIds.has(t)));

/** The nearest vocabulary word, or null; ties go to the word of the closest length, then alphabetical. */
export function nearestWord(index: SearchIndex, word: string): string | null {
  if (word.length < 3) return null;
  let best: string | null = null;
  let bestDistance = MAX_EDITS + 1;
  for (const w of index.surface) {
    if (w[0] !== word[0] || Math.abs(w.length - word.length) > MAX_EDITS) continue;
    const d = editDistance(word, w, Math.min(MAX_EDITS, bestDistance));
    if (
      d < bestDistance ||
      (d === bestDistance && best && Math.abs(w.length - word.length) < Math.abs(best.length - word.length))
    ) {
      best = w;
      bestDistance = d;
    }
  }
  // Short words allow one edit only: two edits turn most three- and four-letter words into others.
  return best && bestDistance <= (word.length <= 4 ? 1 : MAX_EDITS) ? best : null;
}

/** The query with its unknown words corrected, or null when no word needs (or has) a correction. */
export function correctQuery(index: SearchIndex, q: string): string | null {
  const parsed = parseQuery(q);
  let changed = false;
  for (const clause of parsed.clauses) {
    if (clause.negated) continue;
    for (const leaf of clause.anyOf) {
      if (leaf.kind !== 'word' || leaf.field || !/^[\p{L}]+$/u.test(leaf.text)) continue;
      const folded = fold(leaf.text);
      if (known(index, folded)) continue;
      const near = nearestWord(index, folded);
      if (!near) continue;
      leaf.text = near;
      changed = true;
    }
  }
  return changed ? formatQuery(parsed) : null;
}
