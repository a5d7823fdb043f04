import path from 'node:path';
import type { Db } from '../db/client';
import { releaseMergedRecords } from '../db/harvest-records';
import { listStoredHashes } from '../db/stored-hashes';
import type { StudyWriter } from '../db/study-writer';
import { readEnv } from '../env';
import { listCorpusFiles, type CorpusFile } from './corpus-files';
import { isPdfPath } from './parse-file';
import { ParsePool } from './parse-pool';
import { computeParserStamp } from './parser-stamp';
import { planIngest, type FilePlan } from './plan-ingest';

export type OutcomeStatus = 'new' | 'updated' | 'unchanged' | 'removed' | 'failed' | 'skipped';

export interface FileOutcome {
  file: string;
  status: OutcomeStatus;
  studyId?: string;
  error?: string; // why a file failed or was skipped
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
  /** Text files larger than this are refused with an error rather than parsed. */
  maxFileBytes?: number;
  /** The same for PDFs, which carry fonts and images besides their text (default TELAAH_PDF_MAX_MB). */
  maxPdfBytes?: number;
  /** A document whose parse takes longer than this is ended and reported. */
  parseTimeoutMs?: number;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
  /** A pool started by the caller (its workers boot while the caller migrates); otherwise one is made here. */
  pool?: ParsePool;
}

export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

type ParsePlan = Extract<FilePlan, { action: 'parse' }>;

/**
 * Ingests every document of a corpus folder. Each file is its own unit of work: a file that fails is reported and
 * the others go on; a file's record is written in one transaction. Stored studies whose file is gone are removed
 * first (their ids become free). Files are read and written here in order while a pool parses up to a few at a
 * time, so memory stays bounded however large the corpus.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const pool = options.pool ?? new ParsePool({ timeoutMs: options.parseTimeoutMs });
  try {
    return await ingestWith(pool, options);
  } finally {
    if (!options.pool) await pool.close();
  }
}

async function ingestWith(pool: ParsePool, options: IngestOptions): Promise<IngestSummary> {
  const { files, skipped } = await listCorpusFiles(options.corpusDir);
  const stored = await listStoredHashes(options.db);
  const maxTextBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxPdfBytes = options.maxPdfBytes ?? readEnv().TELAAH_PDF_MAX_MB * 1024 * 1024;
  const maxFileBytes = (file: CorpusFile) => (isPdfPath(file.relativePath) ? maxPdfBytes : maxTextBytes);
  const outcomes: FileOutcome[] = [];
  const total = files.length;
  let done = 0;
  const record = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(++done, total, outcome);
  };

  const present = new Set(files.map((f) => f.relativePath));
  // A harvested study has no file; it is the harvest's to remove (when its record is deleted at the source).
  const gone = [...stored.values()].filter((row) => row.format !== 'harvest' && !present.has(row.sourceFile));
  await options.writer.remove(gone.map((row) => row.id));
  // Records merged into a removed file's study become studies of their own again at the next harvest.
  await releaseMergedRecords(
    options.db,
    gone.map((row) => row.id),
  );
  for (const row of gone) stored.delete(row.sourceFile);

  const parserStamp = await computeParserStamp();
  const { plans, renames } = await planIngest(files, stored, maxFileBytes, parserStamp);
  await options.writer.rename(renames);

  // Deep enough that a worker always has its next file queued while the main thread writes.
  const window = Math.max(4, pool.size * 4);
  const inFlight = new Set<Promise<void>>();
  const parseAndStore = async (plan: ParsePlan) => {
    const { file, id, isNew, sidecarText, sidecarHash } = plan;
    try {
      const sidecar =
        sidecarText === null ? null : { text: sidecarText, fileName: path.basename(file.sidecarPath ?? '') };
      // Read again where it is parsed: the plan kept only hashes, so memory does not grow with the corpus.
      const doc = await pool.parse({
        relativePath: file.relativePath,
        absolutePath: file.absolutePath,
        maxBytes: maxFileBytes(file),
        sidecar,
      });
      if (doc.contentHash !== plan.contentHash)
        throw new Error('the file changed while it was being ingested');
      await options.writer.save(id, doc, { sidecarHash, parserStamp });
      record({ file: file.relativePath, status: isNew ? 'new' : 'updated', studyId: id });
    } catch (error) {
      record({ file: file.relativePath, status: 'failed', error: (error as Error).message });
    }
  };

  for (const plan of plans) {
    if (plan.action === 'fail') {
      record({ file: plan.file.relativePath, status: 'failed', error: plan.error });
      continue;
    }
    if (plan.action === 'keep') {
      record({ file: plan.file.relativePath, status: 'unchanged', studyId: plan.id });
      continue;
    }
    const job = parseAndStore(plan).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= window) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  for (const row of gone) outcomes.push({ file: row.sourceFile, status: 'removed', studyId: row.id });
  for (const entry of skipped)
    outcomes.push({ file: entry.relativePath, status: 'skipped', error: entry.reason });

  const counts = { new: 0, updated: 0, unchanged: 0, removed: 0, failed: 0, skipped: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  const changed = counts.new + counts.updated + counts.removed + renames.length > 0;
  return { outcomes, counts, changed };
}
