// Reads a PDF's text layer with pdfjs: per page, every text item with its position and size. pdfjs does no layout
// analysis (items come in content-stream order), so reading order is rebuilt from positions in layout.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { z } from 'zod';

export interface PdfItem {
  text: string;
  x: number; // left edge, points from the page's left
  y: number; // baseline, points from the page's top (so y grows down the page, as lines are read)
  width: number;
  size: number; // font size in points
}

export interface PdfPageItems {
  page: number; // 1-based
  width: number;
  height: number;
  items: PdfItem[];
}

export class PdfError extends Error {}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// PDFs that use the standard 14 fonts without embedding them need pdfjs's font data (a file path, with the slash).
const STANDARD_FONTS = `${path.join(ROOT, 'node_modules/pdfjs-dist/standard_fonts')}/`;

// What pdfjs gives per text item; checked, since a damaged file can give anything.
const textItem = z.object({
  str: z.string(),
  transform: z.array(z.number()).length(6),
  width: z.number(),
  height: z.number(),
});

/** What the bytes are, when they are not a PDF: a clear message instead of a parser's complaint. */
export function notAPdf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return null;
  if (bytes.length === 0) return 'the file is empty';
  if (/^\s*(?:<!doctype html|<html|<\?xml|<head|<body)/i.test(head))
    return 'it is a web page (HTML) saved with a .pdf name, not a PDF';
  if (head.startsWith('\x89PNG') || head.startsWith('\xff\xd8\xff') || /^GIF8[79]a/.test(head))
    return 'it is an image saved with a .pdf name, not a PDF';
  return 'it is not a PDF (no %PDF- header)';
}

function explain(error: unknown): PdfError {
  const { name, message } = error as Error;
  if (name === 'PasswordException')
    return new PdfError('the PDF is encrypted with a password; it cannot be read');
  if (name === 'InvalidPDFException')
    return new PdfError(`the PDF is damaged or truncated (${message || 'invalid structure'})`);
  return new PdfError(`the PDF could not be read (${message || name})`);
}

export interface ReadPdfOptions {
  maxPages: number;
}

/** The text items of every page. Throws PdfError for what is not a readable PDF, naming what is wrong. */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<PdfPageItems[]> {
  const problem = notAPdf(bytes);
  if (problem) throw new PdfError(problem);
  // pdfjs may take the buffer over; the caller's bytes are still hashed and stored.
  const task = getDocument({
    data: bytes.slice(),
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise.catch((error: unknown) => {
      throw explain(error);
    });
    if (doc.numPages === 0) throw new PdfError('the PDF has no pages');
    if (doc.numPages > options.maxPages)
      throw new PdfError(`the PDF has ${doc.numPages} pages, more than the limit of ${options.maxPages}`);
    const pages: PdfPageItems[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch((error: unknown) => {
        throw explain(error);
      });
      const [left = 0, bottom = 0, right = 612, top = 792] = page.view;
      const content = await page.getTextContent().catch((error: unknown) => {
        throw explain(error);
      });
      const items: PdfItem[] = [];
      for (const raw of content.items) {
        const parsed = textItem.safeParse(raw);
        if (!parsed.success || parsed.data.str.trim() === '') continue;
        const [a, b, , , e, f] = parsed.data.transform as [number, number, number, number, number, number];
        const size = Math.hypot(a, b) || parsed.data.height;
        if (!Number.isFinite(e + f + size)) continue;
        items.push({ text: parsed.data.str, x: e - left, y: top - f, width: parsed.data.width, size });
      }
      pages.push({ page: n, width: right - left, height: top - bottom, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
