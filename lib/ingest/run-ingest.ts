import path from 'node:path';
import { openDb } from '../db/client';
import { StudyWriter } from '../db/study-writer';
import { applyMigrations } from '../db/migrations';
import { indexDir as indexDirFor } from '../env';
import { ingestCorpus, type FileOutcome, type IngestSummary } from './ingest-corpus';
import { isSearchIndexCurrent, rebuildSearchIndex } from './rebuild-index';

export interface RunIngestOptions {
  corpusDir: string;
  databaseFile: string;
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
}

export interface RunIngestResult extends IngestSummary {
  indexed: number | null; // studies in the rebuilt index, or null when the index was already current
}

/** Migrate, ingest, and rebuild the search index when anything changed or the index is missing. */
export async function runIngest(options: RunIngestOptions): Promise<RunIngestResult> {
  await applyMigrations(options.databaseFile);
  const writer = new StudyWriter(options.databaseFile);
  const db = openDb(options.databaseFile);
  try {
    const summary = await ingestCorpus({
      corpusDir: path.resolve(options.corpusDir),
      db,
      writer,
      onProgress: options.onProgress,
    });
    const indexDir = indexDirFor(options.databaseFile);
    const stale = summary.changed || !(await isSearchIndexCurrent(indexDir));
    const indexed = stale ? await rebuildSearchIndex(db, indexDir) : null;
    return { ...summary, indexed };
  } finally {
    writer.close();
    await db.$disconnect();
  }
}
