import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { addItem } from '@/lib/reading-lists/add-item';
import { addSection } from '@/lib/reading-lists/add-section';
import { createList } from '@/lib/reading-lists/create-list';
import { ReadingListError } from '@/lib/reading-lists/errors';
import { getList } from '@/lib/reading-lists/get-list';
import { getSharedList } from '@/lib/reading-lists/get-shared-list';
import { moveItem } from '@/lib/reading-lists/move-item';
import { moveSection } from '@/lib/reading-lists/move-section';
import { removeItem } from '@/lib/reading-lists/remove-item';
import { removeSection } from '@/lib/reading-lists/remove-section';
import { updateItem } from '@/lib/reading-lists/update-item';
import { updateList } from '@/lib/reading-lists/update-list';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { SEED_STUDIES, seedStudies } from '../helpers/seed-studies';
import { makeWorkspace } from '../helpers/temp-corpus';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let db: Db;

beforeAll(async () => {
  ws = await makeWorkspace({ copyCorpus: false });
  const file = ws.database;
  await applyMigrations(file);
  db = openDb(file);
  await seedStudies(db);
});
afterAll(async () => {
  await db.$disconnect();
  await ws.cleanup();
});

const [devi, amalia, saragih] = SEED_STUDIES.map((s) => s.id) as [string, string, string];
const studyIds = (list: ReadingListView) => list.sections.flatMap((s) => s.items.map((i) => i.studyId));

async function failure(promise: Promise<unknown>): Promise<ReadingListError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadingListError);
  return error as ReadingListError;
}

describe('a reading list in a real SQLite file', () => {
  let list: ReadingListView;
  let token: string;
  beforeEach(async () => {
    ({ list, editToken: token } = await createList(
      { title: 'HI 301: Organisasi Internasional', language: 'id' },
      db,
    ));
  });

  it('is created with one section, long random tokens and version 1', async () => {
    expect(list.version).toBe(1);
    expect(list.sections.map((s) => s.title)).toEqual(['Bacaan']);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(list.shareToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(token).not.toContain(list.id);
    const row = await db.readingList.findUniqueOrThrow({ where: { id: list.id } });
    expect(row.editTokenHash).not.toContain(token);
  });

  it('adds, annotates, reorders across sections and removes items, bumping the version each time', async () => {
    let current = await addItem(list.id, token, { studyId: devi }, db);
    current = await addItem(list.id, token, { studyId: amalia, importance: 'further' }, db);
    current = await addSection(list.id, token, { version: current.version, title: 'Minggu 2' }, db);
    current = await addItem(list.id, token, { studyId: saragih, version: current.version }, db);
    expect(current.sections.map((s) => s.items.map((i) => i.studyId))).toEqual([[devi, amalia], [saragih]]);

    const [first, second] = current.sections as [
      ReadingListView['sections'][0],
      ReadingListView['sections'][0],
    ];
    current = await moveItem(
      list.id,
      token,
      first.items[1]!.id,
      { version: current.version, position: 0 },
      db,
    );
    expect(studyIds(current)).toEqual([amalia, devi, saragih]);
    current = await moveItem(
      list.id,
      token,
      second.items[0]!.id,
      { version: current.version, sectionId: first.id, position: 1 },
      db,
    );
    expect(current.sections.map((s) => s.items.map((i) => i.studyId))).toEqual([[amalia, saragih, devi], []]);
    current = await moveSection(list.id, token, second.id, { version: current.version, position: 0 }, db);
    expect(current.sections.map((s) => s.title)).toEqual(['Minggu 2', 'Bacaan']);

    const item = current.sections[1]!.items[0]!;
    current = await updateItem(
      list.id,
      token,
      item.id,
      { version: current.version, question: 'Apa peran IOM?', note: '' },
      db,
    );
    expect(current.sections[1]!.items[0]).toMatchObject({
      question: 'Apa peran IOM?',
      note: null,
      importance: 'further',
    });

    current = await removeItem(list.id, token, item.id, { version: current.version }, db);
    expect(studyIds(current)).toEqual([saragih, devi]);
    current = await removeSection(list.id, token, current.sections[1]!.id, { version: current.version }, db);
    expect(current.sections.map((s) => s.title)).toEqual(['Minggu 2']);
    expect(studyIds(current)).toEqual([saragih, devi]); // the removed section's items moved, not lost
    expect(current.version).toBe(11); // created at 1, then ten edits
  });

  it('gives students the list by share token, without the id or any token', async () => {
    await addItem(list.id, token, { studyId: devi, question: 'Bagaimana TAN bekerja?' }, db);
    const shared = await getSharedList(list.shareToken, db);
    expect(shared.title).toBe(list.title);
    expect(shared.sections[0]!.items[0]!.study?.abstracts.en).toBe('This study discusses the role of IJM.');
    expect(JSON.stringify(shared)).not.toContain(list.shareToken);
    expect(shared).not.toHaveProperty('id');
  });

  describe('two editors on the same version', () => {
    it('refuses the second edit with a conflict carrying the current list; the first edit is kept', async () => {
      const a = await updateList(list.id, token, { version: 1, title: 'Edited by A' }, db);
      const error = await failure(updateList(list.id, token, { version: 1, title: 'Edited by B' }, db));
      expect(error.code).toBe('conflict');
      expect(error.message).toMatch(/changed by someone else/);
      expect(error.current?.title).toBe('Edited by A');
      expect(error.current?.version).toBe(a.version);
      expect((await getList(list.id, token, db)).title).toBe('Edited by A');
    });

    it('lets exactly one of two simultaneous edits through', async () => {
      await addItem(list.id, token, { studyId: devi }, db);
      const itemId = (await getList(list.id, token, db)).sections[0]!.items[0]!.id;
      const results = await Promise.allSettled([
        updateItem(list.id, token, itemId, { version: 2, note: 'note from A' }, db),
        updateItem(list.id, token, itemId, { version: 2, question: 'question from B' }, db),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((rejected.reason as ReadingListError).code).toBe('conflict');
      const stored = (await getList(list.id, token, db)).sections[0]!.items[0]!;
      expect([stored.note, stored.question].filter(Boolean)).toHaveLength(1);
    });

    it('keeps both of two simultaneous appends (they carry no version and overwrite nothing)', async () => {
      await Promise.all([
        addItem(list.id, token, { studyId: devi }, db),
        addItem(list.id, token, { studyId: amalia }, db),
      ]);
      expect(studyIds(await getList(list.id, token, db)).sort()).toEqual([devi, amalia].sort());
    });
  });

  describe('bad input leaves the list unchanged', () => {
    const unchanged = async () => {
      const now = await getList(list.id, token, db);
      expect(now.title).toBe(list.title);
      expect(now.version).toBe(1);
      expect(studyIds(now)).toEqual([]);
    };

    it('refuses an over-long title, naming the field', async () => {
      const error = await failure(updateList(list.id, token, { version: 1, title: 'x'.repeat(201) }, db));
      expect(error).toMatchObject({ code: 'invalid', field: 'title' });
      expect(error.message).toMatch(/title.*at most 200/);
      await unchanged();
    });

    it('refuses an unknown study id with 404', async () => {
      const error = await failure(addItem(list.id, token, { studyId: 'no_such_study' }, db));
      expect(error).toMatchObject({ code: 'not-found', field: 'studyId' });
      await unchanged();
    });

    it('refuses a wrong, missing or share token with 403', async () => {
      for (const bad of ['x'.repeat(43), null, list.shareToken]) {
        const error = await failure(updateList(list.id, bad, { version: 1, title: 'Hijacked' }, db));
        expect(error.code).toBe('forbidden');
      }
      expect((await failure(getList(list.id, 'wrong-token-wrong-token', db))).code).toBe('forbidden');
      await unchanged();
    });

    it('refuses unknown fields, bad importance and a duplicate study', async () => {
      expect((await failure(updateList(list.id, token, { version: 1, owner: 'me' }, db))).field).toBe(
        'owner',
      );
      const importance = await failure(
        addItem(list.id, token, { studyId: devi, importance: 'optional' }, db),
      );
      expect(importance.message).toMatch(/importance must be "essential" or "further"/);
      await unchanged();
      await addItem(list.id, token, { studyId: devi }, db);
      expect((await failure(addItem(list.id, token, { studyId: devi }, db))).message).toMatch(
        /already in the list/,
      );
    });

    it('does not let an item or section of another list be edited through this one', async () => {
      const other = await createList({ title: 'Other list' }, db);
      const otherList = await addItem(other.list.id, other.editToken, { studyId: devi }, db);
      const foreignItem = otherList.sections[0]!.items[0]!.id;
      expect((await failure(removeItem(list.id, token, foreignItem, { version: 1 }, db))).code).toBe(
        'not-found',
      );
      expect((await getList(other.list.id, other.editToken, db)).sections[0]!.items).toHaveLength(1);
      await unchanged();
    });
  });
});
