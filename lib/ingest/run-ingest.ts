import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { openDb } from '../db/client';
import { applyMigrations } from '../db/migrations';
import { openStudyWriter } from '../db/study-writer';
import { indexDir as indexDirFor, isPostgresUrl } from '../env';
import { ingestCorpus, type FileOutcome, type IngestSummary } from './ingest-corpus';
import { acquireIngestLock, acquirePostgresIngestLock } from './ingest-lock';
import { ParsePool } from './parse-pool';
import { isSearchIndexCurrent, rebuildSearchIndex } from './rebuild-index';

export interface RunIngestOptions {
  corpusDir: string;
  /** The store: a SQLite file path or a PostgreSQL URL (see databaseLocation in lib/env.ts). */
  database: string;
  /** Where the index is built (PostgreSQL: before it is published); the store's index folder by default. */
  indexDir?: string;
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
  const shared = isPostgresUrl(options.database);
  if (!shared) await mkdir(path.dirname(options.database), { recursive: true });
  const release = shared
    ? await acquirePostgresIngestLock(options.database)
    : await acquireIngestLock(`${options.database}.ingest-lock`);
  // Started first: the workers load the parser (about a second) while the store is migrated and the corpus hashed.
  const pool = new ParsePool({ timeoutMs: options.parseTimeoutMs });
  try {
    await applyMigrations(options.database);
    const writer = await openStudyWriter(options.database);
    const db = openDb(options.database);
    try {
      const summary = await ingestCorpus({
        corpusDir: path.resolve(options.corpusDir),
        db,
        writer,
        pool,
        onProgress: options.onProgress,
      });
      await pool.close();
      const indexDir = options.indexDir ?? buildDirFor(options.database);
      const placement = { publish: shared };
      const indexReason = summary.changed
        ? 'corpus-changed'
        : (await isSearchIndexCurrent(db, indexDir, placement))
          ? null
          : 'index-stale';
      if (!indexReason) return { ...summary, indexed: null, indexReason, nearDuplicates: null };
      const nearDuplicates = await writer.refreshNearDuplicates();
      options.onIndexStart?.();
      // Published, the build folder has served its purpose: instances fetch the release from the store.
      const indexed = await rebuildSearchIndex(db, indexDir, placement).finally(() =>
        shared && !options.indexDir ? rm(indexDir, { recursive: true, force: true }) : undefined,
      );
      return { ...summary, indexed, indexReason, nearDuplicates };
    } finally {
      await writer.close();
      await db.$disconnect();
    }
  } finally {
    await pool.close();
    await release();
  }
}

/** SQLite: the index folder the server reads. PostgreSQL: a build folder beside the instance's downloaded copies. */
function buildDirFor(database: string): string {
  const dir = indexDirFor(database);
  return isPostgresUrl(database) ? path.join(dir, `build-${process.pid}`) : dir;
}
