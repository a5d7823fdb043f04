// Page furniture: running headers/footers and page numbers that the PDF text extraction leaves in the middle of
// sentences. Two kinds of evidence: a line that recurs at page-like intervals between different body text, and a
// cluster of short lines around a lone page number (a venue footer, an authors header) even when the extraction
// kept only one page's worth. What repeats at short range (table rows, list items, numbered lines, a paragraph
// written out again and again) is content and stays. Every step is one pass over the lines or a map lookup, so
// the cost is linear in the number of lines.
import type { Repair } from '../types';
import {
  FURNITURE_MAX_LENGTH,
  hasRepeatSubstance,
  isBareNumber,
  isListOrNumbered,
  isNameList,
  isNumericLine,
  isPageNumber,
  isVenueLine,
  normaliseForRepeat,
} from './furniture-shape';
import type { Line } from './lines';

export { isNameList, isPageNumber, isVenueLine, normaliseForRepeat } from './furniture-shape';

const REPEAT_MIN = 3;
const STRONG_REPEAT = 5;
const CLUSTER_REACH = 3;
// Two occurrences of one header are a page apart; a page is longer than this many lines (blank ones included).
// Closer repeats are rows of a table or items of a list.
const MIN_PAGE_GAP = 4;
// A page break holds a footer, a page number and a header: a few lines. A longer run of repeated lines is a
// passage written out more than once.
const MAX_FURNITURE_RUN = 6;

/** The position of each line in the file's own line count (blank lines included). */
function physicalLines(lines: Line[]): number[] {
  let at = 0;
  return lines.map((line) => (at += line.blanksBefore + 1));
}

/**
 * Per normalised text, the occurrences that can be page furniture: not next to a line of the same shape (rows of
 * a table and items of a list come one after the other), at least REPEAT_MIN of them, and recurring at page-like
 * distances somewhere in the document rather than all in one spot.
 */
export function findSpacedRepeats(lines: Line[], keys: string[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const key = keys[i] ?? '';
    const text = line.content.text;
    if (text.length > FURNITURE_MAX_LENGTH || line.tabular || !hasRepeatSubstance(key)) return;
    if (isListOrNumbered(text) || keys[i - 1] === key || keys[i + 1] === key) return;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const physical = physicalLines(lines);
  const spaced = new Map<string, number[]>();
  for (const [key, list] of byKey) {
    if (list.length < REPEAT_MIN) continue;
    const apart = list.some(
      (i, k) => k > 0 && (physical[i] ?? 0) - (physical[list[k - 1] ?? 0] ?? 0) >= MIN_PAGE_GAP,
    );
    if (apart) spaced.set(key, list);
  }
  return spaced;
}

/** Lone page numbers: a number line whose neighbours are not numbers too (a column of a table is). */
export function findPageNumbers(lines: Line[]): Set<number> {
  const found = new Set<number>();
  const numeric = (line: Line | undefined) => line !== undefined && isNumericLine(line.content.text);
  lines.forEach((line, i) => {
    if (line.tabular || !isPageNumber(line.content.text)) return;
    if (!numeric(lines[i - 1]) && !numeric(lines[i + 1])) found.add(i);
  });
  return found;
}

const isClusterMember = (line: Line) =>
  !line.tabular &&
  (isPageNumber(line.content.text) ||
    isVenueLine(line.content.text) ||
    isNameList(line.content.text) ||
    isBareNumber(line.content.text));

/** Around each lone page number, the adjacent short lines that are venue footers or author headers. */
export function findFurnitureClusters(lines: Line[], pageNumbers: Set<number>): Set<number> {
  const found = new Set<number>();
  for (const i of pageNumbers) {
    found.add(i);
    for (const step of [-1, 1]) {
      for (let k = 1; k <= CLUSTER_REACH; k += 1) {
        const neighbour = lines[i + step * k];
        if (!neighbour || !isClusterMember(neighbour)) break;
        found.add(i + step * k);
      }
    }
  }
  return found;
}

/** For each index in `drop`, the first and last index of the run of consecutive dropped lines it belongs to. */
function runsOf(drop: Set<number>): Map<number, [number, number]> {
  const runs = new Map<number, [number, number]>();
  const sorted = [...drop].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length;) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === (sorted[end] ?? 0) + 1) end += 1;
    const run: [number, number] = [sorted[k] ?? 0, sorted[end] ?? 0];
    for (let j = k; j <= end; j += 1) runs.set(sorted[j] ?? 0, run);
    k = end + 1;
  }
  return runs;
}

export interface FurnitureResult {
  kept: Line[];
  repairs: Repair[];
}

/** Drops page furniture; the next kept line inherits the smaller blank gap so the sentence can re-join. */
/** Furniture a layout step has already found (a PDF's heads and feet, by position): offsets in the original. */
export interface KnownFurniture {
  start: number;
  end: number;
  kind: 'running-header' | 'page-number';
}

export function dropRunningHeaders(
  lines: Line[],
  original: string,
  known: KnownFurniture[] = [],
): FurnitureResult {
  const keys = lines.map((line) => normaliseForRepeat(line.content.text));
  const repeats = findSpacedRepeats(lines, keys);
  const pageNumbers = findPageNumbers(lines);
  const knownAt = knownFurnitureLines(lines, known);
  const drop = findFurnitureClusters(lines, pageNumbers);
  for (const list of repeats.values()) for (const i of list) drop.add(i);
  const runs = runsOf(drop);
  for (const [i, [start, end]] of runs) if (end - start + 1 > MAX_FURNITURE_RUN) drop.delete(i);
  const evidence: Evidence = { lines, keys, repeats, runs, pageNumbers, drop, varied: new Map() };
  for (const i of [...drop]) if (!pageNumbers.has(i) && !isFurniture(evidence, i)) drop.delete(i);
  for (const [i, kind] of knownAt) {
    drop.add(i);
    if (kind === 'page-number') pageNumbers.add(i);
  }

  const kept: Line[] = [];
  const repairs: Repair[] = [];
  let pendingBlanks: number | null = null;
  lines.forEach((line, i) => {
    if (drop.has(i)) {
      const start = line.content.origins[0] ?? 0;
      const end = (line.content.origins[line.content.origins.length - 1] ?? start) + 1;
      const kind = pageNumbers.has(i) ? 'page-number' : 'running-header';
      repairs.push({ kind, original: original.slice(start, end), replacement: '', originalStart: start });
      pendingBlanks = Math.min(pendingBlanks ?? line.blanksBefore, line.blanksBefore);
      return;
    }
    const blanksBefore =
      pendingBlanks === null ? line.blanksBefore : Math.min(pendingBlanks, line.blanksBefore);
    kept.push({ ...line, blanksBefore });
    pendingBlanks = null;
  });
  return { kept, repairs };
}

/** The lines that lie inside known furniture, with its kind. */
function knownFurnitureLines(lines: Line[], known: KnownFurniture[]): Map<number, KnownFurniture['kind']> {
  const found = new Map<number, KnownFurniture['kind']>();
  if (known.length === 0) return found;
  const sorted = [...known].sort((a, b) => a.start - b.start);
  let k = 0;
  lines.forEach((line, i) => {
    const start = line.content.origins[0] ?? -1;
    while (k < sorted.length && (sorted[k] as KnownFurniture).end <= start) k += 1;
    const span = sorted[k];
    if (span && span.start <= start && start < span.end) found.set(i, span.kind);
  });
  return found;
}

interface Evidence {
  lines: Line[];
  keys: string[];
  repeats: Map<string, number[]>;
  runs: Map<number, [number, number]>;
  pageNumbers: Set<number>;
  drop: Set<number>;
  /** variesInContext per key, worked out once: a header on a thousand pages is asked a thousand times. */
  varied: Map<string, boolean>;
}

/** True when the occurrences sit between different text, as a header does on different pages. */
function variesInContext(ev: Evidence, occurrences: number[]): boolean {
  const contexts = new Set(
    occurrences.map((i) => {
      const [start, end] = ev.runs.get(i) ?? [i, i];
      return `${ev.keys[start - 1] ?? '^'}\u0000${ev.keys[end + 1] ?? '$'}`;
    }),
  );
  return contexts.size >= 2 && contexts.size * 2 >= occurrences.length;
}

/**
 * Confirms a candidate. Venue and number lines qualify; a repeated line qualifies when it recurs between
 * different text and repeats often, carries a number or names, or sits next to a page number (a heading quoted
 * three times in the body does not); a name list qualifies next to other furniture.
 */
function isFurniture(ev: Evidence, index: number): boolean {
  const text = ev.lines[index]?.content.text ?? '';
  if (isVenueLine(text) || isBareNumber(text)) return true;
  if (/^(abstra[ck]t?|abstrak|kata[\s-]*kunci|keywords?)\b/i.test(text)) return false;
  const key = ev.keys[index] ?? '';
  const occurrences = ev.repeats.get(key) ?? [];
  if (occurrences.length >= REPEAT_MIN) {
    let varied = ev.varied.get(key);
    if (varied === undefined) ev.varied.set(key, (varied = variesInContext(ev, occurrences)));
    if (!varied) return false;
    if (occurrences.length >= STRONG_REPEAT || isNameList(text) || /\d/.test(text)) return true;
    const nearNumber = occurrences.filter((i) =>
      [i - 2, i - 1, i + 1, i + 2].some((j) => ev.pageNumbers.has(j)),
    );
    return nearNumber.length * 2 >= occurrences.length;
  }
  return isNameList(text) && (ev.drop.has(index - 1) || ev.drop.has(index + 1));
}
