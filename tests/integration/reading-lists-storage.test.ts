// A store the server cannot write: every write through the API is a 503 with a message saying so, never a bare
// 500. Reproduced with a real SQLite file opened read-only by better-sqlite3 (`readonly: true`, the driver's
// SQLITE_OPEN_READONLY), because tests run as root, where chmod does not stop a write; and with a database path
// whose folder does not exist (the driver cannot open it at all).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as createRoute } from '@/app/api/reading-lists/route';
import { PATCH as patchRoute } from '@/app/api/reading-lists/[id]/route';
import { POST as addItemRoute } from '@/app/api/reading-lists/[id]/items/route';
import { openDb, type Db } from '@/lib/db/client';
import { PrismaClient } from '@/lib/db/generated/client';
import { applyMigrations } from '@/lib/db/migrations';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { seedStudies } from '../helpers/seed-studies';

const BASE = 'http://telaah.test/api/reading-lists';
const holder = globalThis as { telaahDb?: Db };
let root: string;
let file: string;

const post = (url: string, body: unknown, token?: string) =>
  new Request(url, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

/** Makes the route handlers use this client (they take the process-wide one from getDb()). */
async function serveFrom(db: Db) {
  await holder.telaahDb?.$disconnect();
  holder.telaahDb = db;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'telaah-lists-storage-'));
  file = path.join(root, 'telaah.db');
  await applyMigrations(file);
  const db = openDb(file);
  await seedStudies(db);
  await db.$disconnect();
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await holder.telaahDb?.$disconnect();
  delete holder.telaahDb;
  await rm(root, { recursive: true, force: true });
});

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('unavailable');
  expect(body.error.message).toMatch(/cannot write to its storage/);
}

describe('reading lists on a store that cannot be written', () => {
  it('answer creates and edits on a read-only database with 503 and a message', async () => {
    // A list made while the store was writable, so the edits below reach the write.
    await serveFrom(openDb(file));
    const created = await createRoute(post(BASE, { title: 'Before the disk went read-only' }));
    expect(created.status).toBe(201);
    const { list, editToken } = (await created.json()) as { list: ReadingListView; editToken: string };

    await serveFrom(
      new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, readonly: true }) }),
    );
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expectUnavailable(await createRoute(post(BASE, { title: 'A new list' })));
    const rename = new Request(`${BASE}/${list.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ version: list.version, title: 'Renamed' }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editToken}` },
    });
    await expectUnavailable(await patchRoute(rename, ctx(list.id)));
    const study = (await openDb(file).study.findFirstOrThrow()).id;
    await expectUnavailable(
      await addItemRoute(post(`${BASE}/${list.id}/items`, { studyId: study }, editToken), ctx(list.id)),
    );
    // The operator gets one line naming the cause, not a backtrace.
    expect(log.mock.calls.map((c) => String(c[0]))).toContain(
      'Reading lists: the store is unavailable (SQLITE_READONLY).',
    );
  });

  it('answers with 503 when the database cannot be opened at all', async () => {
    await serveFrom(openDb(path.join(root, 'no-such-folder', 'telaah.db')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expectUnavailable(await createRoute(post(BASE, { title: 'Nowhere to put it' })));
  });

  it('keeps other errors real 500s: only storage failures become 503', async () => {
    await serveFrom(openDb(file));
    const broken = { title: 'fine' };
    Object.defineProperty(holder.telaahDb as Db, 'readingList', {
      get() {
        throw new Error('a bug');
      },
    });
    await expect(createRoute(post(BASE, broken))).rejects.toThrow('a bug');
  });
});
