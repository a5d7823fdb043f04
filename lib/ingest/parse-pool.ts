import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readEnv } from '../env';
import { isPdfPath, parseFile, type FileSource } from './parse-file';
import type { ParsedDocument } from './types';

// Parsing is pure CPU work and the store takes one writer, so documents are read and parsed on worker threads while
// the main thread writes and reports. A worker takes one
// document at a time, so a document that overruns its time budget (or its memory) can be ended by ending its
// worker, without touching any other document; a fresh worker takes its place. TELAAH_INGEST_WORKERS=0 parses on
// the main thread, where no time budget can be enforced.

export const DEFAULT_PARSE_TIMEOUT_MS = 60_000;
const WORKER_HEAP_MB = 2048;

interface Job {
  source: FileSource;
  resolve: (doc: ParsedDocument) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean; // the worker has loaded the parser: its boot is not counted in a document's time
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class ParseTimeoutError extends Error {}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly pdfTimeoutMs: number;
  private closed = false;

  constructor(options: { size?: number; timeoutMs?: number; pdfTimeoutMs?: number } = {}) {
    this.timeoutMs = options.timeoutMs ?? defaultTimeoutMs();
    this.pdfTimeoutMs = options.pdfTimeoutMs ?? readEnv().TELAAH_PDF_TIMEOUT_S * 1000;
    const size = options.size ?? defaultPoolSize();
    for (let i = 0; i < size; i++) this.slots.push(this.startSlot());
  }

  get size(): number {
    return this.slots.length;
  }

  /** The time budget of one file: a PDF's is longer, since OCR may read its pages. */
  budgetOf(relativePath: string): number {
    return isPdfPath(relativePath) ? this.pdfTimeoutMs : this.timeoutMs;
  }

  parse(file: Omit<FileSource, 'budgetMs' | 'ocrConcurrency'>): Promise<ParsedDocument> {
    // Each busy worker may OCR a scan at once: together they run about one Tesseract per core.
    const ocrConcurrency = Math.max(1, Math.floor(availableParallelism() / Math.max(1, this.slots.length)));
    const source: FileSource = { ...file, budgetMs: this.budgetOf(file.relativePath), ocrConcurrency };
    if (this.slots.length === 0) return parseFile(source);
    return new Promise((resolve, reject) => {
      this.queue.push({ source, resolve, reject });
      this.dispatch();
    });
  }

  private startSlot(): Slot {
    const entry = new URL('./parse-worker.ts', import.meta.url).href;
    const worker = new Worker(new URL('./parse-worker-boot.mjs', import.meta.url), {
      workerData: { entry },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (message: { ready?: true; doc?: ParsedDocument; error?: string }) => {
      if (message.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = this.finish(slot);
      if (message.doc) job?.resolve(message.doc);
      else job?.reject(new Error(message.error ?? 'parse failed'));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `parsing needed more than ${WORKER_HEAP_MB} MB of memory`
          : `the parser crashed (${error.message})`;
      this.replace(slot, new Error(reason));
    });
    return slot;
  }

  private finish(slot: Slot): Job | null {
    const { job } = slot;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  /** Ends a slot's worker (stuck or crashed), fails its document, and starts a fresh worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const job = this.finish(slot);
    void slot.worker.terminate();
    job?.reject(error);
    const index = this.slots.indexOf(slot);
    if (index >= 0 && !this.closed) this.slots[index] = this.startSlot();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0 || this.closed) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      const budget = job.source.budgetMs;
      slot.timer = setTimeout(() => {
        const seconds = Math.round(budget / 100) / 10;
        this.replace(
          slot,
          new ParseTimeoutError(`parsing took longer than ${seconds} s; the document was skipped`),
        );
      }, budget);
      slot.worker.postMessage({ source: job.source });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the ingest stopped before this document'));
    for (const slot of this.slots) this.finish(slot)?.reject(new Error('the ingest stopped'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

function defaultTimeoutMs(): number {
  const seconds = readEnv().TELAAH_PARSE_TIMEOUT_S;
  return seconds === undefined ? DEFAULT_PARSE_TIMEOUT_MS : seconds * 1000;
}

function defaultPoolSize(): number {
  const configured = readEnv().TELAAH_INGEST_WORKERS;
  if (configured !== undefined) return configured;
  // A worker per core: the main thread only writes (~0.4 ms a document against ~2.3 ms of reading and parsing), so
  // it does not need a core of its own. Measured on 2 cores with 10,000 abstracts: one worker 190 documents/s,
  // two 272/s. One core still gets a worker, for the time budget.
  return Math.max(1, Math.min(availableParallelism(), 8));
}
