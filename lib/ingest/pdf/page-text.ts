// From the pages' lines to one text, the shape the text cascade reads: lines as they were set, a blank line where
// a paragraph ends (a wider gap than the page's line spacing, a change of font size), nothing at a column or page
// break, so a sentence cut by either joins up again. Running heads, feet and page numbers are found by repetition at
// the same place across pages; they stay in the text (the original is whole) and are handed to the cleaner as
// furniture to drop, so the sentence they interrupt is re-joined there like any other repair.
import type { PdfLine } from './layout';

export interface PageSpan {
  page: number;
  start: number; // offsets into the assembled text
  end: number;
}

export interface FurnitureSpan {
  start: number;
  end: number;
  kind: 'running-header' | 'page-number';
}

export interface AssembledText {
  text: string;
  pages: PageSpan[];
  furniture: FurnitureSpan[];
  /** Lines set larger than the body on the first pages: where a title is most likely stated. */
  largest: { start: number; end: number }[];
}

export interface PageLines {
  page: number;
  height: number;
  lines: PdfLine[];
}

/** Share of the page height, from the top and from the bottom, where heads and feet are looked for. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:halaman|hal\.?|page|p\.)\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*[-–—])?$|^\d{1,4}\s*(?:\/|dari|of)\s*\d{1,4}$/i;

const repeatKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .trim();

function inMargin(line: PdfLine, height: number): boolean {
  return line.y < height * MARGIN_BAND || line.y > height * (1 - MARGIN_BAND);
}

/** Lines of the margins that are page furniture: numbers, or text repeated at the same height on other pages. */
export function findFurniture(pages: PageLines[]): Map<PdfLine, FurnitureSpan['kind']> {
  const furniture = new Map<PdfLine, FurnitureSpan['kind']>();
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const { page, height, lines } of pages)
    for (const line of lines) {
      if (!inMargin(line, height)) continue;
      const key = repeatKey(line.text);
      if (key.length < 3) continue;
      const at = seen.get(key);
      if (at) at.push({ page, y: line.y });
      else seen.set(key, [{ page, y: line.y }]);
    }
  for (const { page, height, lines } of pages)
    for (const line of lines) {
      if (!inMargin(line, height)) continue;
      if (PAGE_NUMBER.test(line.text.trim())) {
        furniture.set(line, 'page-number');
        continue;
      }
      const others = (seen.get(repeatKey(line.text)) ?? []).filter(
        (at) => at.page !== page && Math.abs(at.y - line.y) <= Math.max(4, line.size),
      );
      if (others.length > 0) furniture.set(line, 'running-header');
    }
  return furniture;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Measures {
  spacing: number; // the usual distance between two lines of a paragraph
  width: number; // the usual width of a full line
}

/** Whether a paragraph ends between two consecutive lines of the reading order. */
function paragraphBreak(previous: PdfLine, next: PdfLine, measures: Measures, newPage: boolean): boolean {
  // Over a page break only a line that ends a sentence short of the full width ends its paragraph.
  if (newPage)
    return /[.!?:]["”’)]?$/.test(previous.text) && previous.x1 - previous.x0 < measures.width * 0.85;
  if (previous.column !== next.column && next.column !== 'full' && previous.column !== 'full') return false;
  const ratio = Math.max(previous.size, next.size) / Math.min(previous.size, next.size);
  if (ratio > 1.15) return true;
  const gap = next.y - previous.y;
  if (gap < 0) return previous.column === 'full' || next.column === 'full'; // back up the page: a new band
  return gap > measures.spacing * 1.45;
}

export function assemblePages(pages: PageLines[]): AssembledText {
  const furniture = findFurniture(pages);
  const bodySizes = pages.flatMap((p) => p.lines.filter((l) => !furniture.has(l)).map((l) => l.size));
  const bodySize = median(bodySizes);
  const gaps: number[] = [];
  for (const { lines } of pages)
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i] as PdfLine).y - (lines[i - 1] as PdfLine).y;
      if (gap > 0 && gap < bodySize * 3) gaps.push(gap);
    }
  const measures: Measures = {
    spacing: median(gaps) || bodySize * 1.2,
    width: median(pages.flatMap((p) => p.lines.filter((l) => !furniture.has(l)).map((l) => l.x1 - l.x0))),
  };
  const largestSize = Math.max(0, ...pages.slice(0, 2).flatMap((p) => p.lines.map((l) => l.size)));

  let text = '';
  const out: AssembledText = { text: '', pages: [], furniture: [], largest: [] };
  let previous: PdfLine | null = null;
  for (const { page, height, lines } of pages) {
    const pageStart = text.length;
    let newPage = true;
    // Heads first and feet last, wherever the columns put them in reading order (a page number under the left
    // column would otherwise sit between the columns, in the middle of a sentence).
    const head = lines.filter((l) => furniture.has(l) && l.y < height / 2);
    const foot = lines.filter((l) => furniture.has(l) && l.y >= height / 2);
    const body = lines.filter((l) => !furniture.has(l));
    for (const line of [...head, ...body, ...foot]) {
      const kind = furniture.get(line);
      if (text.length > 0) {
        const blank = !kind && previous !== null && paragraphBreak(previous, line, measures, newPage);
        text += blank ? '\n\n' : '\n';
      }
      if (!kind) newPage = false;
      const start = text.length;
      text += line.text;
      if (kind) {
        out.furniture.push({ start, end: text.length, kind });
        continue;
      }
      if (page <= 2 && largestSize > bodySize * 1.2 && line.size >= largestSize * 0.95)
        out.largest.push({ start, end: text.length });
      previous = line;
    }
    out.pages.push({ page, start: pageStart, end: text.length });
  }
  out.text = text;
  return out;
}
