// The PDF front of the ingest cascade: text layer (or OCR where a page has none) -> pages in reading order -> one
// text with its furniture and largest type marked -> the same clean/segment/classify steps as a text file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DecodedText, SourcePage } from '../types';
import { readingOrder } from './layout';
import { ocrPdf, type OcrPage } from './ocr';
import { assemblePages, type AssembledText, type PageLines } from './page-text';
import { readPdf, type PdfPageItems } from './read-pdf';
import { hasUsableText } from './text-quality';

export interface PdfLimits {
  maxPages: number;
  /** Only the first pages of a scan are read by OCR (the front matter and abstracts); the rest is noted. */
  maxOcrPages: number;
  /** Date.now() after which OCR stops: the document's time budget. */
  deadline: number;
  ocrConcurrency?: number;
}

export interface PdfText {
  decoded: DecodedText;
  assembled: AssembledText;
  pages: SourcePage[];
}

async function ocrPages(
  bytes: Uint8Array,
  numbers: number[],
  limits: PdfLimits,
): Promise<Map<number, OcrPage>> {
  if (numbers.length === 0) return new Map();
  // OCR reads the very bytes that were hashed, from a private copy, not the corpus file (which could change).
  const dir = await mkdtemp(path.join(os.tmpdir(), 'telaah-ocr-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const pages = await ocrPdf(file, {
      pages: numbers,
      deadline: limits.deadline,
      concurrency: limits.ocrConcurrency,
    });
    return new Map(pages.map((p) => [p.page, p]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A scanned page read by OCR, as lines of text (its paragraphs kept as blank lines). */
function ocrText(page: OcrPage): string {
  return page.text.replace(/\n{3,}/g, '\n\n').trim();
}

/** Joins text-layer pages (assembled from positions) and OCR pages (as Tesseract read them) in page order. */
function combine(
  layers: PdfPageItems[],
  ocr: Map<number, OcrPage>,
): { assembled: AssembledText; pages: SourcePage[] } {
  const textPages: PageLines[] = layers
    .filter((p) => !ocr.has(p.page))
    .map((p) => ({ page: p.page, height: p.height, lines: readingOrder(p) }));
  if (ocr.size === 0) {
    const assembled = assemblePages(textPages);
    return { assembled, pages: assembled.pages.map((p) => ({ ...p, ocrConfidence: null })) };
  }
  // With OCR pages in the mix, each run of text-layer pages is assembled on its own and the runs and OCR pages
  // are joined in page order; furniture is still found across the text-layer pages.
  const layered = assemblePages(textPages);
  const byPage = new Map(layered.pages.map((p) => [p.page, p]));
  let text = '';
  const assembled: AssembledText = { text: '', pages: [], furniture: [], largest: [] };
  const pages: SourcePage[] = [];
  for (const { page } of layers) {
    if (text.length > 0) text += '\n';
    const start = text.length;
    const scanned = ocr.get(page);
    if (scanned) text += ocrText(scanned);
    else {
      const span = byPage.get(page);
      if (span) {
        const shift = start - span.start;
        text += layered.text.slice(span.start, span.end);
        for (const f of layered.furniture)
          if (f.start >= span.start && f.end <= span.end)
            assembled.furniture.push({ ...f, start: f.start + shift, end: f.end + shift });
        for (const l of layered.largest)
          if (l.start >= span.start && l.end <= span.end)
            assembled.largest.push({ start: l.start + shift, end: l.end + shift });
      }
    }
    assembled.pages.push({ page, start, end: text.length });
    pages.push({
      page,
      start,
      end: text.length,
      ocrConfidence: scanned ? Math.round(scanned.confidence) : null,
    });
  }
  assembled.text = text;
  return { assembled, pages };
}

/** The PDF's text, ready for the cascade. Throws PdfError, OcrUnavailableError or OcrTimeoutError. */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  const layers = await readPdf(bytes, { maxPages: limits.maxPages });
  const scanned = layers.filter((p) => !hasUsableText(p)).map((p) => p.page);
  const ocr = await ocrPages(bytes, scanned.slice(0, limits.maxOcrPages), limits);
  // Scanned pages past the OCR limit are left out (noted in the pages list as having no text).
  const kept = layers.filter((p) => hasUsableText(p) || ocr.has(p.page));
  const { assembled, pages } = combine(kept, ocr);
  const decoded: DecodedText = {
    text: assembled.text,
    encoding: ocr.size > 0 ? 'pdf-ocr' : 'pdf-text',
    lineEnding: assembled.text.includes('\n') ? 'lf' : 'none',
  };
  return { decoded, assembled, pages };
}
