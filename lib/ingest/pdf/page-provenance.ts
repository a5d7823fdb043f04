// Every extracted value of a PDF's record points at its page: provenance offsets index the cleaned text, which maps
// back to the assembled text, whose page spans are known. Done once at ingest, so pages and quotes link to
// `#page=N` of the original without the store keeping the offset map.
import type { ParsedDocument, Provenance, SourcePage } from '../types';

function pageAt(pages: SourcePage[], offset: number): number | undefined {
  let low = 0;
  let high = pages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const page = pages[mid] as SourcePage;
    if (offset < page.start) high = mid - 1;
    else if (offset >= page.end && mid < pages.length - 1) low = mid + 1;
    else return page.page;
  }
  return pages[0]?.page;
}

const isExtracted = (value: unknown): value is Extract<Provenance, { source: 'extracted' }> =>
  typeof value === 'object' &&
  value !== null &&
  (value as { source?: unknown }).source === 'extracted' &&
  typeof (value as { start?: unknown }).start === 'number';

function annotate(value: unknown, pageOf: (cleanOffset: number) => number | undefined, depth: number): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (isExtracted(value)) {
    const page = pageOf(value.start);
    if (page !== undefined) value.page = page;
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) annotate(child, pageOf, depth + 1);
}

/** Adds the page to every extracted provenance of the document's fields, in place. */
export function addPagesToProvenance(
  doc: ParsedDocument,
  toOriginal: (cleanOffset: number) => number,
  pages: SourcePage[],
): void {
  if (pages.length === 0) return;
  const pageOf = (offset: number) => pageAt(pages, toOriginal(offset));
  for (const [key, value] of Object.entries(doc))
    if (key !== 'decoded' && key !== 'clean' && key !== 'pages' && key !== 'comparisonTerms')
      annotate(value, pageOf, 0);
}
