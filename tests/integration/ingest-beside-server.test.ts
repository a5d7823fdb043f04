import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPendingMigrations } from '@/lib/db/migrations';
import { runIngest } from '@/lib/ingest/run-ingest';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace } from '../helpers/temp-corpus';

// The server holds the store open and reads it while an ingest runs; the server's own connection is stood in for
// by a second connection in the middle of a read transaction, as a page render leaves it.
describe('an ingest while another process has the store open', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let server: Database.Database;
  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    server = new Database(ws.databaseFile);
    server.exec('BEGIN');
    server.prepare('SELECT COUNT(*) FROM Study').get();
  });
  afterAll(async () => {
    server.close();
    await ws.cleanup();
  });

  it('finds no migration pending on an up-to-date store', async () => {
    expect(await listPendingMigrations(ws.databaseFile)).toEqual([]);
  });

  it('stores new files and rebuilds the index without asking for the database to itself', async () => {
    const doc = thesisAbstract(77);
    await writeFile(path.join(ws.corpusDir, doc.name), doc.text);
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({ new: 1, unchanged: 4, failed: 0 });
    expect(result.indexed).toBe(5);
    server.exec('COMMIT');
    expect(server.prepare('SELECT COUNT(*) FROM Study').pluck().get()).toBe(5);
  });
});
