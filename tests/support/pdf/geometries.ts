import type { Geometry } from './layout';

/** A4, one column: a thesis or a report. */
export const ONE_COLUMN: Geometry = {
  margin: { top: 72, bottom: 72, left: 72, right: 72 },
  size: 11,
  leading: 14,
  paragraphGap: 7,
  columns: 1,
  gutter: 0,
  splitFront: false,
};

/**
 * A4, a journal article: title block and abstracts across the page, the body in two columns. The gap between
 * paragraphs is a whole line, so every line sits on one baseline grid and a row's left and right lines share a y.
 */
export const TWO_COLUMN: Geometry = {
  margin: { top: 64, bottom: 64, left: 54, right: 54 },
  size: 10,
  leading: 12,
  paragraphGap: 12,
  columns: 2,
  gutter: 18,
  splitFront: true,
};
