// What only a PostgreSQL store has: its own migrations, the ingest lock held by the server, the writer's SQL
// (renames that carry reading-list items along), and the search index published as releases in the store.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { applyMigrations, listPendingMigrations } from '@/lib/db/migrations';
import { downloadIndexRelease, latestIndexRelease, publishIndexFile } from '@/lib/db/search-index-releases';
import { openStudyWriter } from '@/lib/db/study-writer';
import { acquirePostgresIngestLock, IngestLockedError } from '@/lib/ingest/ingest-lock';
import { addItem } from '@/lib/reading-lists/add-item';
import { createList } from '@/lib/reading-lists/create-list';
import { getList } from '@/lib/reading-lists/get-list';
import { seedStudies } from '../helpers/seed-studies';
import { makeWorkspace, TEST_POSTGRES_URL } from '../helpers/temp-corpus';

describe.skipIf(!TEST_POSTGRES_URL)('a PostgreSQL store', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let db: Db;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    db = openDb(ws.database);
  });
  afterAll(async () => {
    await db.$disconnect();
    await ws.cleanup();
  });

  it('is migrated by its own migrations, once', async () => {
    const pending = await listPendingMigrations(ws.database);
    expect(pending.length).toBeGreaterThan(0);
    expect(await applyMigrations(ws.database)).toEqual(pending);
    expect(await listPendingMigrations(ws.database)).toEqual([]);
    expect(await applyMigrations(ws.database)).toEqual([]);
  });

  it('lets one ingest at a time hold the lock, and frees it on release', async () => {
    const release = await acquirePostgresIngestLock(ws.database);
    await expect(acquirePostgresIngestLock(ws.database)).rejects.toBeInstanceOf(IngestLockedError);
    await release();
    await (
      await acquirePostgresIngestLock(ws.database)
    )();
  });

  it('renames a study with its reading-list items, and keeps a list item that would be doubled', async () => {
    await seedStudies(db, [
      { id: 'old-a', titleEn: 'A' },
      { id: 'old-b', titleEn: 'B' },
    ]);
    const { list, editToken } = await createList({ title: 'Kuliah', language: 'id' }, db);
    await addItem(list.id, editToken, { studyId: 'old-a', note: 'on A' }, db);
    await addItem(list.id, editToken, { studyId: 'old-b', note: 'on B' }, db);
    // An item whose study is gone (items have no foreign key) and whose id a rename is about to take.
    await db.readingListItem.updateMany({ where: { studyId: 'old-b' }, data: { studyId: 'new-a' } });
    const writer = await openStudyWriter(ws.database);
    try {
      await writer.rename([{ from: 'old-a', to: 'new-a' }]);
    } finally {
      await writer.close();
    }
    expect(await db.study.findUnique({ where: { id: 'new-a' }, select: { titleEn: true } })).toEqual({
      titleEn: 'A',
    });
    const items = (await getList(list.id, editToken, db)).sections.flatMap((s) => s.items);
    expect(items.map((i) => [i.studyId, i.note]).sort()).toEqual([
      ['new-a', 'on B'],
      ['old-a', 'on A'],
    ]);
  });

  it('publishes index releases whole, keeps the newest two, and refuses a copy that does not match', async () => {
    const dir = path.join(ws.root, 'releases');
    await mkdir(dir, { recursive: true });
    const source = path.join(dir, 'source.bin');
    // Larger than one part, so the release is split and put together again.
    const bytes = Buffer.alloc(9 * 1024 * 1024 + 17, 7);
    bytes.write('telaah', 4 * 1024 * 1024 - 3);
    await writeFile(source, bytes);
    const versions = [];
    for (const stamp of ['one', 'two', 'three']) versions.push(await publishIndexFile(db, source, stamp));
    expect(await db.searchIndexRelease.count()).toBe(2);
    const latest = await latestIndexRelease(db);
    expect(latest).toMatchObject({ version: versions[2], stamp: 'three', bytes: bytes.length });
    const copy = path.join(dir, 'copy.bin');
    await downloadIndexRelease(db, latest!, copy);
    expect((await readFile(copy)).equals(bytes)).toBe(true);
    await expect(
      downloadIndexRelease(db, { ...latest!, sha256: '0'.repeat(64) }, path.join(dir, 'bad.bin')),
    ).rejects.toThrow(/incomplete/);
  });
});
