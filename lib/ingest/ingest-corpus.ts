import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { listStoredHashes } from '../db/stored-hashes';
import type { StudyWriter } from '../db/study-writer';
import { listCorpusFiles, readSidecarText, sha256, studyIdFor, type CorpusFile } from './corpus-files';
import type { DocumentSource } from './parse-document';
import { ParsePool } from './parse-pool';

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

type StoredHashes = Awaited<ReturnType<typeof listStoredHashes>>;
/** What reading a file decides: it is unchanged, or it must be parsed and stored. */
type Prepared =
  | { outcome: FileOutcome }
  | { id: string; isNew: boolean; source: DocumentSource; sidecarHash: string | null };

async function prepareFile(
  file: CorpusFile,
  stored: StoredHashes,
  seenHashes: Map<string, string>,
  maxFileBytes: number,
): Promise<Prepared> {
  const { size } = await stat(file.absolutePath);
  if (size > maxFileBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new Error(`file is ${mb(size)}, larger than the ${mb(maxFileBytes)} limit for one document`);
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
    return { outcome: { file: file.relativePath, status: 'unchanged', studyId: previous.id } };
  }
  const sidecar =
    sidecarText === null ? null : { text: sidecarText, fileName: path.basename(file.sidecarPath ?? '') };
  return { id, isNew: !previous, source: { relativePath: file.relativePath, bytes, sidecar }, sidecarHash };
}

/**
 * Ingests every document of a corpus folder. Each file is its own unit of work: a file that fails is reported and
 * the others go on; a file's record is written in one transaction. Stored studies whose file is gone are removed.
 * Files are read and written here in order while a pool parses up to a few at a time, so memory stays bounded
 * however large the corpus.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const files = await listCorpusFiles(options.corpusDir);
  const stored = await listStoredHashes(options.db);
  const seenHashes = new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  const pool = new ParsePool();
  const window = Math.max(1, pool.size * 2);
  const inFlight = new Set<Promise<void>>();

  const record = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, files.length, outcome);
  };
  const failed = (file: CorpusFile, error: unknown): FileOutcome => ({
    file: file.relativePath,
    status: 'failed',
    error: (error as Error).message,
  });

  try {
    for (const file of files) {
      let prepared: Prepared;
      try {
        prepared = await prepareFile(
          file,
          stored,
          seenHashes,
          options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        );
      } catch (error) {
        record(failed(file, error));
        continue;
      }
      if ('outcome' in prepared) {
        record(prepared.outcome);
        continue;
      }
      const { id, isNew, source, sidecarHash } = prepared;
      const job = pool
        .parse(source)
        .then((doc) => {
          options.writer.save(id, doc, sidecarHash);
          record({ file: file.relativePath, status: isNew ? 'new' : 'updated', studyId: id });
        })
        .catch((error: unknown) => record(failed(file, error)))
        .finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.close();
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
