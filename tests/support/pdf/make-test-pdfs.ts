import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { z } from 'zod';
import { renderOneColumn, renderRowInterleaved, renderScan, renderTwoColumn } from '../render-pdf';

// The work behind `npm run pdfs:make`: every text of a folder rendered in each layout, `<to>/<layout>/<name>.pdf`,
// and the folder's answer key written beside them as `<to>/key.json` (outside the layout folders, which stay
// corpus folders with nothing but documents in them).

export const LAYOUTS = ['one-column', 'two-column', 'rows', 'scan'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

const RENDER: Record<LayoutName, (text: string) => Promise<Uint8Array>> = {
  'one-column': (text) => renderOneColumn(text),
  'two-column': (text) => renderTwoColumn(text),
  rows: (text) => renderRowInterleaved(text),
  // A scanned thesis: the one-column PDF rasterised at 300 dpi (its time includes rendering that PDF).
  scan: async (text) => renderScan(await renderOneColumn(text)),
};

export interface LayoutSummary {
  layout: LayoutName;
  dir: string;
  files: number;
  pages: number;
  bytes: number;
  seconds: number;
  pagesPerDocument: Record<string, number>; // by PDF name
}

/** The .txt and .md files of a folder (not its subfolders), by name; the first `limit` when given. */
export async function listTexts(dir: string, limit?: number): Promise<string[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.(txt|md)$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return limit === undefined ? names : names.slice(0, limit);
}

export const pdfNameOf = (textName: string) => textName.replace(/\.(txt|md)$/i, '.pdf');

/** Runs `task` over `items`, at most `width` at a time. */
async function inPool<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Renders each text in one layout into `<to>/<layout>/`; scans run one per core (pdftoppm is a process). */
export async function makeLayout(from: string, to: string, names: string[], layout: LayoutName) {
  const dir = path.join(to, layout);
  await mkdir(dir, { recursive: true });
  const written: { name: string; bytes: Uint8Array }[] = [];
  const started = performance.now();
  await inPool(names, layout === 'scan' ? os.availableParallelism() : 1, async (name) => {
    const bytes = await RENDER[layout](await readFile(path.join(from, name), 'utf8'));
    await writeFile(path.join(dir, pdfNameOf(name)), bytes);
    written.push({ name: pdfNameOf(name), bytes });
  });
  const seconds = (performance.now() - started) / 1000;
  const pagesPerDocument: Record<string, number> = {};
  for (const { name, bytes } of written.sort((a, b) => a.name.localeCompare(b.name)))
    pagesPerDocument[name] = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
  const summary: LayoutSummary = {
    layout,
    dir,
    files: written.length,
    pages: Object.values(pagesPerDocument).reduce((sum, n) => sum + n, 0),
    bytes: written.reduce((sum, { bytes }) => sum + bytes.length, 0),
    seconds,
    pagesPerDocument,
  };
  return summary;
}

/**
 * The answer key for the PDFs: the entries of `keyFile` (all their fields kept) whose document was rendered. The
 * scorer matches an entry to the study whose file name starts with the entry's id, so ids that are name prefixes
 * ("01") stay as they are, and ids that are whole text file names ("a.txt") become the PDF's name ("a.pdf").
 */
export async function writePdfKey(keyFile: string, pdfNames: string[], outFile: string): Promise<number> {
  const key = z.record(z.string(), z.unknown()).parse(JSON.parse(await readFile(keyFile, 'utf8')));
  const entries = Object.entries(key)
    .map(([id, entry]) => [pdfNameOf(id), entry] as const)
    .filter(([id]) => pdfNames.some((name) => name.startsWith(id)))
    .sort(([a], [b]) => a.localeCompare(b)); // a parsed object lists integer-like ids ("10") before "01"
  const body = entries.map(([id, entry]) => ` ${JSON.stringify(id)}: ${JSON.stringify(entry)}`).join(',\n');
  await writeFile(outFile, `{\n${body}\n}\n`);
  return entries.length;
}
