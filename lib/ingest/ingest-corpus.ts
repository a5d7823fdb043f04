import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { listStoredHashes } from '../db/stored-hashes';
import type { StudyWriter } from '../db/study-writer';
import { listCorpusFiles, readSidecarText, sha256, studyIdFor, type CorpusFile } from './corpus-files';
import { parseDocument } from './parse-document';

export type OutcomeStatus = 'new' | 'updated' | 'unchanged' | 'removed' | 'failed';

export interface FileOutcome {
  file: string;
  status: OutcomeStatus;
  studyId?: string;
  error?: string;
}

export interface IngestSummary {
  outcomes: FileOutcome[];
  counts: Record<OutcomeStatus, number>;
  changed: boolean;
}

export interface IngestOptions {
  corpusDir: string;
  db: Db; // reads
  writer: StudyWriter; // writes, one transaction per document
  /** Files larger than this are refused with an error rather than parsed. */
  maxFileBytes?: number;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

async function ingestFile(
  file: CorpusFile,
  stored: Map<string, { id: string; contentHash: string; sidecarHash: string | null }>,
  seenHashes: Map<string, string>,
  options: IngestOptions,
): Promise<FileOutcome> {
  const { size } = await stat(file.absolutePath);
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (size > limit) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new Error(`file is ${mb(size)}, larger than the ${mb(limit)} limit for one document`);
  }
  const bytes = new Uint8Array(await readFile(file.absolutePath));
  const contentHash = sha256(bytes);
  const sidecarText = await readSidecarText(file);
  const sidecarHash = sidecarText === null ? null : sha256(sidecarText);
  const id = studyIdFor(file.relativePath);

  const twin = seenHashes.get(contentHash);
  if (twin) throw new Error(`same content as ${twin}; not stored twice`);
  seenHashes.set(contentHash, file.relativePath);

  const previous = stored.get(file.relativePath);
  if (previous && previous.contentHash === contentHash && previous.sidecarHash === sidecarHash) {
    return { file: file.relativePath, status: 'unchanged', studyId: previous.id };
  }
  const doc = parseDocument({
    relativePath: file.relativePath,
    bytes,
    sidecar:
      sidecarText === null ? null : { text: sidecarText, fileName: path.basename(file.sidecarPath ?? '') },
  });
  options.writer.save(id, doc, sidecarHash);
  return { file: file.relativePath, status: previous ? 'updated' : 'new', studyId: id };
}

/**
 * Ingests every document of a corpus folder. Each file is its own unit of work: a file that fails is reported and
 * the others go on; a file's record is written in one transaction. Stored studies whose file is gone are removed.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const files = await listCorpusFiles(options.corpusDir);
  const stored = await listStoredHashes(options.db);
  const seenHashes = new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  const total = files.length;

  for (const file of files) {
    let outcome: FileOutcome;
    try {
      outcome = await ingestFile(file, stored, seenHashes, options);
    } catch (error) {
      outcome = { file: file.relativePath, status: 'failed', error: (error as Error).message };
    }
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, total, outcome);
  }

  const present = new Set(files.map((f) => f.relativePath));
  const gone = [...stored.entries()].filter(([sourceFile]) => !present.has(sourceFile));
  options.writer.remove(gone.map(([, row]) => row.id));
  for (const [sourceFile, row] of gone)
    outcomes.push({ file: sourceFile, status: 'removed', studyId: row.id });

  const counts = { new: 0, updated: 0, unchanged: 0, removed: 0, failed: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return { outcomes, counts, changed: counts.new + counts.updated + counts.removed > 0 };
}
