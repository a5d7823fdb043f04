// What every writer of the store (the file ingest, an OAI-PMH harvest) does around its own work: take the store's
// ingest lock, migrate, open the reader and the writer; afterwards, when anything changed (or the index does not
// match the store), recompute near-duplicates and rebuild (and on PostgreSQL publish) the search index.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { openDb, type Db } from '../db/client';
import { applyMigrations } from '../db/migrations';
import type { NearDuplicateFinding } from '../db/near-duplicate-pairs';
import { openStudyWriter, type StudyWriter } from '../db/study-writer';
import { indexDir as indexDirFor, isPostgresUrl } from '../env';
import { acquireIngestLock, acquirePostgresIngestLock } from './ingest-lock';
import { isSearchIndexCurrent, rebuildSearchIndex } from './rebuild-index';

export interface StoreSession {
  database: string;
  /** The store is PostgreSQL, shared by every instance: the index is published into it. */
  shared: boolean;
  db: Db;
  writer: StudyWriter;
}

/** Takes the lock first, so that a second writer fails fast, before it migrates or opens anything. */
export async function lockStore(database: string): Promise<() => Promise<void>> {
  const shared = isPostgresUrl(database);
  if (!shared) await mkdir(path.dirname(database), { recursive: true });
  return shared ? acquirePostgresIngestLock(database) : acquireIngestLock(`${database}.ingest-lock`);
}

/** Migrates and opens the store for writing; the caller holds the lock. */
export async function withOpenStore<T>(
  database: string,
  work: (session: StoreSession) => Promise<T>,
): Promise<T> {
  await applyMigrations(database);
  const writer = await openStudyWriter(database);
  const db = openDb(database);
  try {
    return await work({ database, shared: isPostgresUrl(database), db, writer });
  } finally {
    await writer.close();
    await db.$disconnect();
  }
}

export interface IndexRefresh {
  /** Studies in the rebuilt index, or null when the index already matched the store. */
  indexed: number | null;
  indexReason: 'corpus-changed' | 'index-stale' | null;
  /** Possible near-duplicates in the whole store, found when the store changed; null when nothing was recomputed. */
  nearDuplicates: NearDuplicateFinding[] | null;
}

export async function refreshIndexes(
  session: StoreSession,
  options: { changed: boolean; indexDir?: string; onIndexStart?: () => void },
): Promise<IndexRefresh> {
  const { db, writer, shared } = session;
  const indexDir = options.indexDir ?? buildDirFor(session.database);
  const placement = { publish: shared };
  const indexReason = options.changed
    ? 'corpus-changed'
    : (await isSearchIndexCurrent(db, indexDir, placement))
      ? null
      : 'index-stale';
  if (!indexReason) return { indexed: null, indexReason, nearDuplicates: null };
  const nearDuplicates = await writer.refreshNearDuplicates();
  options.onIndexStart?.();
  // Published, the build folder has served its purpose: instances fetch the release from the store.
  const indexed = await rebuildSearchIndex(db, indexDir, placement).finally(() =>
    shared && !options.indexDir ? rm(indexDir, { recursive: true, force: true }) : undefined,
  );
  return { indexed, indexReason, nearDuplicates };
}

/** SQLite: the index folder the server reads. PostgreSQL: a build folder beside the instance's downloaded copies. */
function buildDirFor(database: string): string {
  const dir = indexDirFor(database);
  return isPostgresUrl(database) ? path.join(dir, `build-${process.pid}`) : dir;
}
