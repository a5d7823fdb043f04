// OCR of a scanned PDF's pages, for the PDF reader when a PDF has no usable text layer. Each page is rendered by
// pdftoppm to a grey PNG and read by Tesseract (Indonesian + English, automatic page segmentation, TSV output);
// pages run in parallel, one single-threaded Tesseract per core (OMP_THREAD_LIMIT=1: with two threads on a busy
// 2-core machine a page took 41 s instead of ~6 s). When the deadline passes or the caller aborts, every running
// child is killed and awaited before OcrTimeoutError is thrown; the temp folder is removed whatever happens.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { OcrPageError, OcrTimeoutError, OcrUnavailableError } from './ocr-errors';
import { ProcessFailure, runProcess } from './ocr-process';
import { checkOcrTools, OCR_LANGUAGES, ocrTools, type OcrTools } from './ocr-tools';
import { readTesseractTsv } from './ocr-tsv';

export { OcrPageError, OcrTimeoutError, OcrUnavailableError } from './ocr-errors';
export { checkOcrTools } from './ocr-tools';

export interface OcrPage {
  page: number; // 1-based
  text: string; // lines joined with "\n", paragraphs (Tesseract's blocks/paragraphs) with "\n\n"
  confidence: number; // mean word confidence 0..100 (words with conf -1 left out); 0 for a page with no words
  words: number;
}

export interface OcrOptions {
  pages: number[];
  deadline: number; // Date.now()-based ms
  concurrency?: number; // default os.availableParallelism()
  dpi?: number; // default 300
  signal?: AbortSignal;
}

const optionsSchema = z.object({
  pages: z.array(z.number().int().min(1)),
  deadline: z.number(),
  concurrency: z.number().int().min(1).max(64).optional(),
  dpi: z.number().int().min(50).max(1200).default(300),
  signal: z.instanceof(AbortSignal).optional(),
});

const PDFTOPPM_OUTPUT_BYTES = 64 * 1024; // it writes the PNG to a file; stdout stays empty
const TSV_OUTPUT_BYTES = 16 * 1024 * 1024; // a dense 300 dpi page is ~100 KB of TSV
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout fires at once beyond this

/** The text of `pages` (sorted, each once), in page order. */
export async function ocrPdf(pdfPath: string, options: OcrOptions): Promise<OcrPage[]> {
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const problems = parsedOptions.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new TypeError(`Invalid OCR options: ${problems.join('; ')}`);
  }
  const { deadline, dpi, signal } = parsedOptions.data;
  const pages = [...new Set(parsedOptions.data.pages)].sort((a, b) => a - b);
  const concurrency = Math.min(parsedOptions.data.concurrency ?? os.availableParallelism(), pages.length);
  // pdftoppm would take a relative path beginning with "-" for an option; an absolute one cannot be.
  const pdf = path.resolve(pdfPath);
  const name = path.basename(pdf);
  let done = 0;

  const stop = new AbortController();
  const onAbort = () =>
    stop.abort(new OcrTimeoutError(`OCR of ${name} was aborted`, { cause: signal?.reason as unknown }));
  let timer: NodeJS.Timeout | undefined;
  const watchDeadline = () => {
    const left = deadline - Date.now();
    if (left > 0) timer = setTimeout(watchDeadline, Math.min(left, MAX_TIMER_MS));
    else {
      const total = `${done} of ${pages.length} page${pages.length === 1 ? '' : 's'} done`;
      stop.abort(new OcrTimeoutError(`OCR of ${name} passed its deadline (${total})`));
    }
  };
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  watchDeadline();

  let tempDir: string | undefined;
  try {
    if (stop.signal.aborted) throw stop.signal.reason;
    if (pages.length === 0) return [];
    await checkOcrTools();
    const tools = ocrTools();
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'telaah-ocr-'));
    const dir = tempDir;
    const results = await mapInPool(pages, concurrency, stop, async (page) => {
      const result = await ocrPage({ tools, pdf, dir, page, dpi, signal: stop.signal });
      done++;
      return result;
    });
    return results;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

interface PageJob {
  tools: OcrTools;
  pdf: string;
  dir: string;
  page: number;
  dpi: number;
  signal: AbortSignal;
}

async function ocrPage({ tools, pdf, dir, page, dpi, signal }: PageJob): Promise<OcrPage> {
  const prefix = path.join(dir, `p${page}`);
  const n = String(page);
  const render = ['-r', String(dpi), '-gray', '-png', '-f', n, '-l', n, '-singlefile', pdf, prefix];
  await runProcess(tools.pdftoppm, render, { signal, maxStdoutBytes: PDFTOPPM_OUTPUT_BYTES }).catch(
    pageError(page),
  );
  const read = [`${prefix}.png`, 'stdout', '-l', OCR_LANGUAGES.join('+'), '--psm', '1', 'tsv'];
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const { stdout } = await runProcess(tools.tesseract, read, {
    signal,
    env,
    maxStdoutBytes: TSV_OUTPUT_BYTES,
  }).catch(pageError(page));
  await rm(`${prefix}.png`, { force: true }); // a 300 dpi page is ~0.5-1 MB; a long scan should not pile them up
  try {
    return { page, ...readTesseractTsv(stdout) };
  } catch (error) {
    throw new OcrPageError(page, (error as Error).message, { cause: error });
  }
}

/** Maps a failed run to the error ocrPdf reports; an abort's reason (OcrTimeoutError, a sibling's error) passes. */
function pageError(page: number) {
  return (error: unknown): never => {
    if (!(error instanceof ProcessFailure)) throw error;
    if (error.kind === 'not-found') throw new OcrUnavailableError(error.message, { cause: error });
    throw new OcrPageError(page, error.message, { cause: error });
  };
}

/**
 * Runs `work` over `items`, at most `size` at a time, results in the items' order. The first failure aborts
 * `stop` (killing the other pages' children), and is thrown only once every started job has settled.
 */
async function mapInPool<T, R>(
  items: T[],
  size: number,
  stop: AbortController,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length && !stop.signal.aborted) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        if (!stop.signal.aborted) stop.abort(error);
        throw error;
      }
    }
  };
  await Promise.allSettled(Array.from({ length: size }, lane));
  if (stop.signal.aborted) throw stop.signal.reason;
  return results;
}
