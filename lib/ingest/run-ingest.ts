import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openDb } from '../db/client';
import { applyMigrations } from '../db/migrations';
import { StudyWriter } from '../db/study-writer';
import { indexDir as indexDirFor } from '../env';
import { ingestCorpus, type FileOutcome, type IngestSummary } from './ingest-corpus';
import { acquireIngestLock } from './ingest-lock';
import { ParsePool } from './parse-pool';
import { isSearchIndexCurrent, rebuildSearchIndex } from './rebuild-index';

export interface RunIngestOptions {
  corpusDir: string;
  databaseFile: string;
  parseTimeoutMs?: number;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
  /** Called when the search index starts to be rebuilt, after every file is stored. */
  onIndexStart?: () => void;
}

export interface RunIngestResult extends IngestSummary {
  /** Studies in the rebuilt index, or null when the index already matched the store. */
  indexed: number | null;
  /** Why the index was rebuilt: the corpus changed, or the index did not match the store (a build that did not finish). */
  indexReason: 'corpus-changed' | 'index-stale' | null;
  /** Possible near-duplicates in the whole store, found when the store changed; null when nothing was recomputed. */
  nearDuplicates: { files: [string, string]; similarity: number }[] | null;
}

/** Migrate, ingest, and rebuild the search index whenever it does not match the store. */
export async function runIngest(options: RunIngestOptions): Promise<RunIngestResult> {
  await mkdir(path.dirname(options.databaseFile), { recursive: true });
  const release = await acquireIngestLock(`${options.databaseFile}.ingest-lock`);
  // Started first: the workers load the parser (about a second) while the store is migrated and the corpus hashed.
  const pool = new ParsePool({ timeoutMs: options.parseTimeoutMs });
  try {
    await applyMigrations(options.databaseFile);
    const writer = new StudyWriter(options.databaseFile);
    const db = openDb(options.databaseFile);
    try {
      const summary = await ingestCorpus({
        corpusDir: path.resolve(options.corpusDir),
        db,
        writer,
        pool,
        onProgress: options.onProgress,
      });
      await pool.close();
      const indexDir = indexDirFor(options.databaseFile);
      const indexReason = summary.changed
        ? 'corpus-changed'
        : (await isSearchIndexCurrent(db, indexDir))
          ? null
          : 'index-stale';
      if (!indexReason) return { ...summary, indexed: null, indexReason, nearDuplicates: null };
      const nearDuplicates = writer.refreshNearDuplicates();
      options.onIndexStart?.();
      const indexed = await rebuildSearchIndex(db, indexDir);
      return { ...summary, indexed, indexReason, nearDuplicates };
    } finally {
      writer.close();
      await db.$disconnect();
    }
  } finally {
    await pool.close();
    await release();
  }
}
