import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { isValidStudyId } from '@/lib/ingest/study-ids';
import { openDb } from '@/lib/db/client';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace, TEST_POSTGRES_URL } from '../helpers/temp-corpus';

type Workspace = Awaited<ReturnType<typeof makeWorkspace>>;

// File names that the old ids (lower-cased, characters replaced) mapped onto one another, or onto "".
// A file name holds at most 255 bytes; long paths come from long folder names too.
const LONG = `${'sangat-panjang-'.repeat(14)}`;
const NAMES = [
  'a.txt',
  'a.md',
  'A.txt',
  'a b.txt',
  'a-b.txt',
  'x/y.txt',
  'x--y.txt',
  '논문.txt',
  'статья.txt',
  'رسالة.md',
  `${LONG}satu.txt`,
  `${LONG}dua.txt`,
  `deep/${'folder-'.repeat(30)}/thesis.txt`,
];

async function studies(ws: Workspace): Promise<{ id: string; sourceFile: string }[]> {
  const db = openDb(ws.database);
  try {
    const rows = await db.study.findMany({ select: { id: true, sourceFile: true } });
    // Sorted here, by code unit, as SQLite's ORDER BY does: PostgreSQL's collation orders these names otherwise.
    return rows.sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  } finally {
    await db.$disconnect();
  }
}

describe('files whose names read alike', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    for (const [n, name] of NAMES.entries()) {
      const file = path.join(ws.corpusDir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, thesisAbstract(n + 1).text);
    }
  });
  afterAll(() => ws.cleanup());

  it('each become a study of their own, with a valid id, on the first run', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({ new: NAMES.length, failed: 0 });
    const rows = await studies(ws);
    expect(rows.map((r) => r.sourceFile).sort()).toEqual([...NAMES].sort());
    expect(new Set(rows.map((r) => r.id)).size).toBe(NAMES.length);
    for (const row of rows) expect(isValidStudyId(row.id), row.id).toBe(true);
    expect([...(await ws.readIndex()).ids].sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('keep their ids on the next run, which changes nothing and does not rebuild the index', async () => {
    const before = await studies(ws);
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({
      new: 0,
      updated: 0,
      unchanged: NAMES.length,
      removed: 0,
      failed: 0,
    });
    expect(result.indexed).toBeNull();
    expect(await studies(ws)).toEqual(before);
  });

  it('a copy added later fails as the copy, and the original stays unchanged', async () => {
    await copyFile(path.join(ws.corpusDir, 'a.txt'), path.join(ws.corpusDir, '0-copy-of-a.txt'));
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    const copy = result.outcomes.find((o) => o.file === '0-copy-of-a.txt');
    expect(copy).toMatchObject({ status: 'failed', error: expect.stringMatching(/same content as a\.txt/) });
    expect(result.outcomes.find((o) => o.file === 'a.txt')?.status).toBe('unchanged');
  });
});

// The old ids were only ever written to SQLite stores, so the repair is tested there.
describe.skipIf(TEST_POSTGRES_URL)('a store written with the old ids', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    await mkdir(ws.corpusDir, { recursive: true });
    await writeFile(path.join(ws.corpusDir, 'Skripsi.txt'), thesisAbstract(1).text);
    await writeFile(path.join(ws.corpusDir, '論文.txt'), thesisAbstract(2).text);
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    // What the old rules stored: "" for the non-Latin name, and a reading list pointing at both studies.
    const db = new Database(ws.databaseFile);
    db.pragma('foreign_keys = ON');
    const ids = db.prepare('SELECT id, sourceFile FROM Study').all() as { id: string; sourceFile: string }[];
    const cjk = ids.find((r) => r.sourceFile === '論文.txt')?.id ?? '';
    db.prepare('UPDATE Study SET id = ? WHERE id = ?').run('', cjk);
    db.prepare(
      `INSERT INTO ReadingList (id, title, language, editTokenHash, shareToken, version, createdAt, updatedAt)
       VALUES ('list1', 'Kuliah', 'id', 'x', 'share1', 1, datetime('now'), datetime('now'))`,
    ).run();
    db.prepare(
      `INSERT INTO ReadingListSection (id, listId, position, title) VALUES (1, 'list1', 0, 'Satu')`,
    ).run();
    const item = db.prepare(
      `INSERT INTO ReadingListItem (listId, sectionId, studyId, position, importance, note, createdAt)
       VALUES ('list1', 1, ?, ?, 'essential', ?, datetime('now'))`,
    );
    item.run('skripsi', 0, 'note on the Latin one');
    item.run('', 1, 'note on the other');
    db.close();
  });
  afterAll(() => ws.cleanup());

  it('is given valid ids, and reading-list items follow their study', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({ unchanged: 2, failed: 0 });
    const db = new Database(ws.databaseFile, { readonly: true });
    const rows = db
      .prepare(
        `SELECT i.note, s.sourceFile, s.id FROM ReadingListItem i JOIN Study s ON s.id = i.studyId ORDER BY i.position`,
      )
      .all() as { note: string; sourceFile: string; id: string }[];
    const keywords = db.prepare('SELECT COUNT(*) FROM StudyKeyword WHERE studyId = ?').pluck();
    const keywordCount = keywords.get(rows[1]?.id);
    db.close();
    expect(rows.map((r) => [r.note, r.sourceFile])).toEqual([
      ['note on the Latin one', 'Skripsi.txt'],
      ['note on the other', '論文.txt'],
    ]);
    expect(rows[1]?.id).toMatch(/^study-[0-9a-f]{8}$/);
    expect(keywordCount).toBeGreaterThan(0);
    expect([...(await ws.readIndex()).ids].sort()).toEqual(rows.map((r) => r.id).sort());
  });
});
