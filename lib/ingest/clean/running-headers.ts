// Page furniture: running headers/footers and page numbers that the PDF text extraction leaves in the middle of
// sentences. Two kinds of evidence: a line that repeats across the document, and a cluster of short lines around
// a lone page number (a venue footer, an authors header) even when the extraction kept only one page's worth.
import type { Repair } from '../types';
import type { Line } from './lines';

const REPEAT_MIN = 3;
const STRONG_REPEAT = 5;
const FURNITURE_MAX_LENGTH = 110;
const CLUSTER_REACH = 3;

export function isPageNumber(text: string): boolean {
  const match =
    /^(?:(?:page|halaman|hal\.?)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:of|dari)\s*\d{1,4})?$/i.exec(
      text.trim(),
    );
  if (!match) return false;
  const value = Number(match[1]);
  // A lone year on a cover page is the thesis year, not a page number.
  return !(value >= 1900 && value <= 2100);
}

/** "Journal Vol. 3 No. 2, Januari 2024 | 364": a venue line as running headers and footers print it. */
export function isVenueLine(text: string): boolean {
  if (text.length > FURNITURE_MAX_LENGTH) return false;
  return (
    /\bvol(?:ume)?\.?\s*\d+\s*[,.]?\s*(?:no|nomor|issue|edisi)\.?\s*\d+/i.test(text) || /\bISSN\b/i.test(text)
  );
}

const NAME_TOKEN = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*\.?|et|al\.?|&|dan|and)$/u;

/** "A.A.A.K. Devi, N.W.R. Priadarsini, P.T.K. Resen" or "Devi, Priadarsini & Resen": an authors header. */
export function isNameList(text: string): boolean {
  if (text.length > FURNITURE_MAX_LENGTH || /[0-9:;()]/.test(text)) return false;
  const parts = text.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const tokens = part.split(/\s+/);
    return tokens.length <= 5 && tokens.every((t) => NAME_TOKEN.test(t));
  });
}

export function normaliseForRepeat(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Indices of short lines whose normalised form occurs at least REPEAT_MIN times. */
export function findRepeatedLines(lines: Line[]): Set<number> {
  const counts = new Map<string, number>();
  const keys = lines.map((line) => normaliseForRepeat(line.content.text));
  lines.forEach((line, i) => {
    const key = keys[i] ?? '';
    if (line.content.text.length > FURNITURE_MAX_LENGTH || key.replace(/[#\W]/g, '').length < 3) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const repeated = new Set<number>();
  keys.forEach((key, i) => {
    if ((counts.get(key) ?? 0) >= REPEAT_MIN) repeated.add(i);
  });
  return repeated;
}

const isClusterMember = (text: string) =>
  isPageNumber(text) || isVenueLine(text) || isNameList(text) || /^\|?\s*\d{1,4}\s*\|?$/.test(text);

/** Around each lone page number, the adjacent short lines that are venue footers or author headers. */
export function findFurnitureClusters(lines: Line[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, i) => {
    if (!isPageNumber(line.content.text)) return;
    found.add(i);
    for (const step of [-1, 1]) {
      for (let k = 1; k <= CLUSTER_REACH; k += 1) {
        const neighbour = lines[i + step * k];
        if (!neighbour || !isClusterMember(neighbour.content.text)) break;
        found.add(i + step * k);
      }
    }
  });
  return found;
}

export interface FurnitureResult {
  kept: Line[];
  repairs: Repair[];
}

/** Drops page furniture; the next kept line inherits the smaller blank gap so the sentence can re-join. */
export function dropRunningHeaders(lines: Line[], original: string): FurnitureResult {
  const drop = new Set([...findRepeatedLines(lines), ...findFurnitureClusters(lines)]);
  for (const i of drop) {
    // A repeated line that is a section keyword or a name under two titles is content, not furniture.
    const text = lines[i]?.content.text ?? '';
    if (!isPageNumber(text) && !findFurnitureReason(text, lines, i, drop)) drop.delete(i);
  }
  const kept: Line[] = [];
  const repairs: Repair[] = [];
  let pendingBlanks: number | null = null;
  lines.forEach((line, i) => {
    if (drop.has(i)) {
      const start = line.content.origins[0] ?? 0;
      const end = (line.content.origins[line.content.origins.length - 1] ?? start) + 1;
      const kind = isPageNumber(line.content.text) ? 'page-number' : 'running-header';
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

/**
 * Confirms a candidate. Venue, number and name lines qualify; another repeated line qualifies when it repeats
 * often, carries a page number, or sits next to one (a heading quoted three times in the body does not).
 */
function findFurnitureReason(text: string, lines: Line[], index: number, drop: Set<number>): boolean {
  if (isVenueLine(text) || /^\|?\s*\d{1,4}\s*\|?$/.test(text)) return true;
  if (/^(abstra[ck]t?|abstrak|kata[\s-]*kunci|keywords?)\b/i.test(text)) return false;
  const occurrences = findOccurrences(lines, text);
  if (occurrences.length >= REPEAT_MIN) {
    if (occurrences.length >= STRONG_REPEAT || isNameList(text) || /\d/.test(text)) return true;
    const nearNumber = occurrences.filter((i) =>
      [i - 2, i - 1, i + 1, i + 2].some((j) => isPageNumber(lines[j]?.content.text ?? '')),
    );
    return nearNumber.length * 2 >= occurrences.length;
  }
  return isNameList(text) && (drop.has(index - 1) || drop.has(index + 1));
}

function findOccurrences(lines: Line[], text: string): number[] {
  const key = normaliseForRepeat(text);
  return lines.flatMap((l, i) => (normaliseForRepeat(l.content.text) === key ? [i] : []));
}
