import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '@/lib/db/client';
import { downloadIndexRelease, latestIndexRelease } from '@/lib/db/search-index-releases';
import { readSearchIndex } from '@/lib/search';
import { INDEX_FILE } from '@/lib/search/index-file';

export const CORPUS_DIR = path.resolve('corpus');

/**
 * The PostgreSQL server the store-touching tests run against (the integration-postgresql project sets it): each
 * workspace gets a database of its own on it, created here and dropped at cleanup.
 */
export const TEST_POSTGRES_URL = process.env.TELAAH_TEST_POSTGRES_URL;

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function makePostgresDatabase() {
  const name = `telaah_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(name) };
}

// FORCE ends the connections a test left open, but a role that is not a superuser (as in CI) may not end an
// autovacuum worker's, and the drop then fails with insufficient_privilege; the worker is done within moments.
// A database that still cannot be dropped is left on the throwaway server with a warning, not a failed test.
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const retryable = code === '42501' || code === '55006'; // insufficient_privilege, object_in_use
      if (!retryable) throw error;
      if (attempt === 20) {
        console.warn(`Could not drop the test database ${name}: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * A scratch folder holding a copy of the corpus and a store: `database` is what the app is given (a SQLite file,
 * or a fresh PostgreSQL database when TELAAH_TEST_POSTGRES_URL is set); `databaseFile` is always the SQLite path,
 * for the tests about SQLite itself. Removed by `cleanup`.
 */
export async function makeWorkspace(options: { copyCorpus?: boolean } = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-test-'));
  const corpusDir = path.join(root, 'corpus');
  if (options.copyCorpus ?? true) await cp(CORPUS_DIR, corpusDir, { recursive: true });
  const databaseFile = path.join(root, 'data', 'telaah.db');
  const indexDir = path.join(root, 'data', 'index');
  const postgres = TEST_POSTGRES_URL ? await makePostgresDatabase() : null;
  const database = postgres?.url ?? databaseFile;
  return {
    root,
    corpusDir,
    database,
    store: postgres ? ('postgresql' as const) : ('sqlite' as const),
    databaseFile,
    indexDir,
    /** The search index the ingest left for the app: the folder beside SQLite, or the published release. */
    readIndex: async () => {
      if (!postgres) return readSearchIndex(indexDir);
      const db = openDb(database);
      try {
        const release = await latestIndexRelease(db);
        if (!release) throw new Error('no published search index');
        const dir = path.join(root, 'index-copy', String(release.version));
        await mkdir(dir, { recursive: true });
        await downloadIndexRelease(db, release, path.join(dir, INDEX_FILE));
        return readSearchIndex(dir);
      } finally {
        await db.$disconnect();
      }
    },
    cleanup: async () => {
      await postgres?.drop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
