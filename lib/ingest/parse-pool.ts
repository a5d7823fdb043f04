import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readEnv } from '../env';
import { parseDocument, type DocumentSource } from './parse-document';
import type { ParsedDocument } from './types';

// Parsing is pure CPU work and the store takes one writer, so documents are parsed on worker threads (one per
// core but the main thread's) while the main thread hashes, writes and reports. With one core, or
// TELAAH_INGEST_WORKERS=0, parsing runs inline and nothing else changes.

interface Pending {
  resolve: (doc: ParsedDocument) => void;
  reject: (error: Error) => void;
}

export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private nextId = 0;

  constructor(size = defaultPoolSize()) {
    const entry = new URL('./parse-worker.ts', import.meta.url).href;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./parse-worker-boot.mjs', import.meta.url), {
        workerData: { entry },
      });
      worker.on('message', (message: { id: number; doc?: ParsedDocument; error?: string }) => {
        const job = this.pending.get(message.id);
        this.pending.delete(message.id);
        this.load.set(worker, (this.load.get(worker) ?? 1) - 1);
        if (message.doc) job?.resolve(message.doc);
        else job?.reject(new Error(message.error ?? 'parse failed'));
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  parse(source: DocumentSource): Promise<ParsedDocument> {
    if (this.workers.length === 0) {
      try {
        return Promise.resolve(parseDocument(source));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    // The least busy worker takes the next document.
    const worker = this.workers.reduce((a, b) =>
      (this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b,
    );
    const id = this.nextId++;
    this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, source });
    });
  }

  private failAll(error: Error): void {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function defaultPoolSize(): number {
  const configured = readEnv().TELAAH_INGEST_WORKERS;
  if (configured !== undefined) return configured;
  // The main thread hashes, clones and writes every document and needs a core of its own: measured on 2 cores,
  // one worker ingested 288 abstracts/s, two 256/s.
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores - 1, 8) : 0;
}
