import { ONE_COLUMN, TWO_COLUMN } from './pdf/geometries';
import type { RenderOptions } from './pdf/page-furniture';
import { writeWithPdfkit } from './pdf/pdfkit-writer';
import { writeRowByRow } from './pdf/rows-writer';

// Test PDFs made by our own code from a document's plain text, in the shapes real PDFs take. Every renderer is
// deterministic: fixed dates and IDs, so the same text gives the same bytes. Pages are A4, with a running head on
// every page after the first and the page number centred at the foot. See tests/support/pdf/ for the parts.

export type { RenderOptions } from './pdf/page-furniture';
export { renderScan } from './pdf/scan';
export { corruptPdf, encryptedPdf, htmlAsPdf, imageAsPdf, truncatedPdf, zeroPagePdf } from './pdf/hostile';

/** One column (a thesis, a report), pdfkit, Helvetica unless told otherwise. */
export function renderOneColumn(text: string, options: RenderOptions = {}): Promise<Uint8Array> {
  return writeWithPdfkit({
    text,
    geometry: ONE_COLUMN,
    options,
    family: options.font ?? 'helvetica',
    alternateHeads: false,
  });
}

/**
 * A journal article, pdfkit, Times unless told otherwise: everything before the first body heading (PENDAHULUAN,
 * INTRODUCTION, 1. ..., BAB I; else the first third) across the page, the rest in two columns, written column by
 * column. Running heads alternate left and right.
 */
export function renderTwoColumn(text: string, options: RenderOptions = {}): Promise<Uint8Array> {
  return writeWithPdfkit({
    text,
    geometry: TWO_COLUMN,
    options,
    family: options.font ?? 'times',
    alternateHeads: true,
  });
}

/** The two-column layout written with pdf-lib row by row across the columns: naive extraction interleaves them. */
export function renderRowInterleaved(text: string): Promise<Uint8Array> {
  return writeRowByRow(text, TWO_COLUMN);
}
