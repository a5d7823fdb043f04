// From a page's text items to its lines in reading order. Items are first joined into fragments (the words of one
// baseline that sit close together); a page has two columns when a gutter near its middle separates many narrow
// fragments and almost none crosses it. Fragments that cross the gutter (a title, an abstract set full width) form
// full-width bands; between them, the left column is read before the right one. Content-stream order is never
// trusted: producers that write row by row across both columns read the same as those that write a column at once.
import type { PdfItem, PdfPageItems } from './read-pdf';

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number; // baseline, from the page's top
  size: number; // the largest font size on the line
  column: 'full' | 'left' | 'right';
}

/** Items whose baselines differ by less than this share a line (a fraction of their font size). */
const BASELINE_TOLERANCE = 0.35;
/** A horizontal gap wider than this many font sizes separates two fragments (a gutter, a tab stop). */
const FRAGMENT_GAP = 1.2;

function sameBaseline(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  return Math.abs(a.y - b.y) <= BASELINE_TOLERANCE * Math.min(a.size, b.size);
}

/** Joins two pieces of one line: a space where the gap is a space, none where an item was split in a word. */
function joinText(left: string, right: string, gap: number, size: number): string {
  if (/\s$/.test(left) || /^\s/.test(right)) return left + right;
  return gap > size * 0.12 ? `${left} ${right}` : left + right;
}

/** The items of a page as fragments: runs of items on one baseline with no wide gap between them. */
export function fragmentsOf(items: PdfItem[]): PdfLine[] {
  const rows: PdfItem[][] = [];
  for (const item of [...items].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && sameBaseline(row[0] as PdfItem, item)) row.push(item);
    else rows.push([item]);
  }
  const fragments: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: PdfLine | null = null;
    for (const item of row) {
      const gap = current ? item.x - current.x1 : 0;
      if (current && gap <= FRAGMENT_GAP * Math.max(current.size, item.size)) {
        current.text = joinText(current.text, item.text, gap, item.size);
        current.x1 = Math.max(current.x1, item.x + item.width);
        current.size = Math.max(current.size, item.size);
        continue;
      }
      current = {
        text: item.text,
        x0: item.x,
        x1: item.x + item.width,
        y: item.y,
        size: item.size,
        column: 'full',
      };
      fragments.push(current);
    }
  }
  for (const fragment of fragments) fragment.text = fragment.text.replace(/\s+/g, ' ').trim();
  return fragments.filter((f) => f.text.length > 0);
}

const quantile = (values: number[], q: number) =>
  [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) * q)] ?? 0;

/**
 * The x of the gutter between two columns, or null for a page in one column. Only the stretch of the page that
 * the right column covers counts: above it, the last short line of a full-width paragraph (a title, an abstract)
 * may cross the middle without making the columns below any less columns.
 */
export function findGutter(fragments: PdfLine[], pageWidth: number): number | null {
  const narrow = fragments.filter((f) => f.x1 - f.x0 < pageWidth * 0.55);
  let best: { x: number; score: number } | null = null;
  for (let x = pageWidth * 0.35; x <= pageWidth * 0.65; x += 2) {
    const right = narrow.filter((f) => f.x0 >= x);
    if (right.length < 4) continue;
    const top = quantile(
      right.map((f) => f.y),
      0.05,
    );
    const bottom = quantile(
      right.map((f) => f.y),
      0.95,
    );
    let crossing = 0;
    let left = 0;
    for (const f of narrow) {
      if (f.y < top || f.y > bottom) continue;
      if (f.x0 < x && f.x1 > x) crossing += 1;
      else if (f.x1 <= x) left += 1;
    }
    const sides = Math.min(left, right.length);
    // Both columns hold several lines, and almost nothing narrow straddles the gutter.
    if (sides < 4 || crossing > Math.max(1, sides * 0.1)) continue;
    const score = sides - crossing * 4;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x ?? null;
}

/** Merges the fragments of one baseline into a line (a tab where a wide gap was: a form field, a table row). */
function mergeRow(row: PdfLine[]): PdfLine {
  const sorted = [...row].sort((a, b) => a.x0 - b.x0);
  const first = sorted[0] as PdfLine;
  const line = { ...first };
  for (const next of sorted.slice(1)) {
    line.text = `${line.text}\t${next.text}`;
    line.x1 = Math.max(line.x1, next.x1);
    line.size = Math.max(line.size, next.size);
  }
  return line;
}

function rowsOf(fragments: PdfLine[]): PdfLine[] {
  const rows: PdfLine[][] = [];
  for (const f of [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
    const row = rows.at(-1);
    if (row && sameBaseline(row[0] as PdfLine, f)) row.push(f);
    else rows.push([f]);
  }
  return rows.map(mergeRow);
}

/** The page's lines in reading order. */
export function readingOrder(page: PdfPageItems): PdfLine[] {
  const fragments = fragmentsOf(page.items);
  const gutter = findGutter(fragments, page.width);
  if (gutter === null) return rowsOf(fragments);
  for (const f of fragments)
    f.column = f.x0 < gutter && f.x1 > gutter ? 'full' : f.x1 <= gutter ? 'left' : 'right';
  // Bands top to bottom: a full-width fragment closes the columns above it.
  const ordered: PdfLine[] = [];
  let columns: PdfLine[] = [];
  const flush = () => {
    ordered.push(...rowsOf(columns.filter((f) => f.column === 'left')));
    ordered.push(...rowsOf(columns.filter((f) => f.column === 'right')));
    columns = [];
  };
  const byY = [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  let full: PdfLine[] = [];
  for (const f of byY) {
    if (f.column === 'full') {
      if (columns.length > 0) flush();
      full.push(f);
      continue;
    }
    if (full.length > 0) {
      ordered.push(...rowsOf(full));
      full = [];
    }
    columns.push(f);
  }
  if (columns.length > 0) flush();
  if (full.length > 0) ordered.push(...rowsOf(full));
  return ordered;
}
