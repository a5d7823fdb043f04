import { createHash } from 'node:crypto';
import { A4, type Geometry } from './layout';

// What every page carries besides the text: a running head on each page after the first and the page number,
// centred at the foot. Both sit in the margins at the same height on every page, as a journal's do.

export interface RenderOptions {
  /** Running head, followed by the article's page range; default "Jurnal Telaah Uji, Vol. 1, No. 1 (2024)". */
  journal?: string;
  /** Number printed at the foot of the first page; default 1. */
  firstPage?: number;
  /** Standard 14 family; default Helvetica for one column, Times for two. */
  font?: 'helvetica' | 'times';
  /**
   * Embed Liberation Sans/Serif (metric twins of Helvetica/Times, Debian's fonts-liberation) as subset TrueType
   * fonts with a ToUnicode map, instead of naming a standard 14 font the reader must supply. Default false.
   */
  embedFonts?: boolean;
}

export const HEAD_SIZE = 8;
export const FOOT_SIZE = 9;

/** Creation and modification date of every generated PDF, so the same text gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));
export const PRODUCER = 'Telaah test PDFs';

/** A short digest of the text, kept in the document info so that different texts get different file IDs. */
export const sourceDigest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export interface PlacedString {
  x: number;
  baseline: number; // points from the top of the page
  text: string;
  size: number;
}

export interface Furniture {
  head: PlacedString | null;
  foot: PlacedString;
}

/**
 * The running head and page number of page `index` (0-based) of `pages`. With `alternate`, heads sit at the left
 * on even page numbers and at the right on odd ones, as on facing pages; otherwise they are centred.
 */
export function furnitureOf(
  index: number,
  pages: number,
  geometry: Geometry,
  options: RenderOptions,
  alternate: boolean,
  measure: (text: string, size: number) => number,
): Furniture {
  const first = options.firstPage ?? 1;
  const number = String(first + index);
  const foot = {
    text: number,
    size: FOOT_SIZE,
    x: (A4.width - measure(number, FOOT_SIZE)) / 2,
    baseline: A4.height - geometry.margin.bottom / 2,
  };
  if (index === 0) return { head: null, foot };
  const text = `${options.journal ?? 'Jurnal Telaah Uji, Vol. 1, No. 1 (2024)'}: ${first}-${first + pages - 1}`;
  const width = measure(text, HEAD_SIZE);
  const { left, right } = geometry.margin;
  const x = !alternate ? (A4.width - width) / 2 : (first + index) % 2 === 0 ? left : A4.width - right - width;
  return { head: { text, size: HEAD_SIZE, x, baseline: geometry.margin.top / 2 + HEAD_SIZE }, foot };
}
