import path from 'node:path';
import { adoptHarvestedTwins, type AdoptedRecord } from '../harvest/adopt-harvested-twins';
import { ingestCorpus, type FileOutcome, type IngestSummary } from './ingest-corpus';
import { ParsePool } from './parse-pool';
import { lockStore, refreshIndexes, withOpenStore, type IndexRefresh } from './store-session';

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

export type RunIngestResult = IngestSummary &
  IndexRefresh & {
    /** Harvested records whose study turned out to be a file's (the same DOI, or a near-duplicate), merged into it. */
    adopted: AdoptedRecord[];
  };

/** Migrate, ingest, and rebuild the search index whenever it does not match the store. */
export async function runIngest(options: RunIngestOptions): Promise<RunIngestResult> {
  const release = await lockStore(options.database);
  // Started first: the workers load the parser (about a second) while the store is migrated and the corpus hashed.
  const pool = new ParsePool({ timeoutMs: options.parseTimeoutMs });
  try {
    return await withOpenStore(options.database, async (session) => {
      const summary = await ingestCorpus({
        corpusDir: path.resolve(options.corpusDir),
        db: session.db,
        writer: session.writer,
        pool,
        onProgress: options.onProgress,
      });
      await pool.close();
      const adopted = summary.changed ? await adoptHarvestedTwins(session) : [];
      const refresh = await refreshIndexes(session, {
        changed: summary.changed,
        indexDir: options.indexDir,
        onIndexStart: options.onIndexStart,
      });
      return { ...summary, ...refresh, adopted };
    });
  } finally {
    await pool.close();
    await release();
  }
}
