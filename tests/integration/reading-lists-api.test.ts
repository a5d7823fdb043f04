// The route handlers, called directly with Request objects against a real SQLite file: they parse, call lib and
// map errors to status codes; malformed input must never become a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '@/app/api/reading-lists/route';
import { GET as getRoute, PATCH as patchRoute } from '@/app/api/reading-lists/[id]/route';
import { POST as addItemRoute } from '@/app/api/reading-lists/[id]/items/route';
import { POST as moveItemRoute } from '@/app/api/reading-lists/[id]/items/[itemId]/move/route';
import { GET as sharedRoute } from '@/app/api/reading-lists/shared/[shareToken]/route';
import { GET as exportRoute } from '@/app/api/reading-lists/shared/[shareToken]/export/route';
import { openDb, type Db } from '@/lib/db/client';
import { toDatabaseUrl } from '@/lib/env';
import { applyMigrations } from '@/lib/db/migrations';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { SEED_STUDIES, seedStudies } from '../helpers/seed-studies';
import { makeWorkspace } from '../helpers/temp-corpus';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let db: Db;
const BASE = 'http://telaah.test/api/reading-lists';

beforeAll(async () => {
  ws = await makeWorkspace({ copyCorpus: false });
  const file = ws.database;
  await applyMigrations(file);
  db = openDb(file);
  await seedStudies(db);
  // The handlers use the process-wide client from getDb(), which opens DATABASE_URL on first use.
  process.env.DATABASE_URL = toDatabaseUrl(file);
  delete (globalThis as { telaahDb?: Db }).telaahDb;
});
afterAll(async () => {
  await db.$disconnect();
  await (globalThis as { telaahDb?: Db }).telaahDb?.$disconnect();
  await ws.cleanup();
});

const send = (method: string, url: string, body?: string, token?: string) =>
  new Request(url, {
    method,
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

async function create(): Promise<{ list: ReadingListView; editToken: string }> {
  const response = await createRoute(
    send('POST', BASE, JSON.stringify({ title: 'IR reading list', course: 'HI 301' })),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { list: ReadingListView; editToken: string };
}

async function expectUnchanged(list: ReadingListView, token: string) {
  const response = await getRoute(send('GET', `${BASE}/${list.id}`, undefined, token), ctx({ id: list.id }));
  const now = ((await response.json()) as { list: ReadingListView }).list;
  expect({
    title: now.title,
    version: now.version,
    items: now.sections.flatMap((s) => s.items).length,
  }).toEqual({
    title: list.title,
    version: list.version,
    items: list.sections.flatMap((s) => s.items).length,
  });
}

describe('reading-list route handlers', () => {
  it('answer malformed, empty and over-long bodies with 400/413 and a message, never 500', async () => {
    const { list, editToken } = await create();
    const cases: [string | undefined, number, RegExp][] = [
      ['{"version": 1, "title": ', 400, /not valid JSON/],
      ['', 400, /empty/],
      [JSON.stringify({ version: 1, title: 'x'.repeat(70_000) }), 413, /larger than 64 KiB/],
      [JSON.stringify({ version: 1, title: 'x'.repeat(201) }), 400, /title.*at most 200 characters/],
      [JSON.stringify({ version: 'one', title: 'ok' }), 400, /version must be a number/],
      [JSON.stringify([1, 2]), 400, /./],
    ];
    for (const [body, status, message] of cases) {
      const response = await patchRoute(
        send('PATCH', `${BASE}/${list.id}`, body, editToken),
        ctx({ id: list.id }),
      );
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    await expectUnchanged(list, editToken);
  });

  it('refuses edits without the edit token (403) and unknown lists and studies (404)', async () => {
    const { list, editToken } = await create();
    const body = JSON.stringify({ version: 1, title: 'Hijacked' });
    for (const token of [undefined, list.shareToken, `${editToken.slice(0, -2)}xx`]) {
      const response = await patchRoute(
        send('PATCH', `${BASE}/${list.id}`, body, token),
        ctx({ id: list.id }),
      );
      expect(response.status).toBe(403);
    }
    const unknown = await patchRoute(send('PATCH', `${BASE}/nope`, body, editToken), ctx({ id: 'nope' }));
    expect(unknown.status).toBe(404);
    const study = await addItemRoute(
      send('POST', `${BASE}/${list.id}/items`, JSON.stringify({ studyId: 'missing_study' }), editToken),
      ctx({ id: list.id }),
    );
    expect(study.status).toBe(404);
    expect(((await study.json()) as { error: { field: string } }).error.field).toBe('studyId');
    const badItem = await moveItemRoute(
      send(
        'POST',
        `${BASE}/${list.id}/items/abc/move`,
        JSON.stringify({ version: 1, position: 0 }),
        editToken,
      ),
      ctx({ id: list.id, itemId: 'abc' }),
    );
    expect(badItem.status).toBe(404);
    await expectUnchanged(list, editToken);
  });

  it('answers a stale edit with 409 and the current list', async () => {
    const { list, editToken } = await create();
    const first = await patchRoute(
      send('PATCH', `${BASE}/${list.id}`, JSON.stringify({ version: 1, title: 'First' }), editToken),
      ctx({ id: list.id }),
    );
    expect(first.status).toBe(200);
    const second = await patchRoute(
      send('PATCH', `${BASE}/${list.id}`, JSON.stringify({ version: 1, title: 'Second' }), editToken),
      ctx({ id: list.id }),
    );
    expect(second.status).toBe(409);
    const payload = (await second.json()) as { error: { message: string }; list: ReadingListView };
    expect(payload.error.message).toMatch(/changed by someone else/);
    expect(payload.list).toMatchObject({ title: 'First', version: 2 });
  });

  it('serves the shared list and its exports by share token only', async () => {
    const { list, editToken } = await create();
    for (const study of SEED_STUDIES) {
      const response = await addItemRoute(
        send('POST', `${BASE}/${list.id}/items`, JSON.stringify({ studyId: study.id }), editToken),
        ctx({ id: list.id }),
      );
      expect(response.status).toBe(201);
    }
    const shared = await sharedRoute(
      send('GET', `${BASE}/shared/${list.shareToken}`),
      ctx({ shareToken: list.shareToken }),
    );
    expect(shared.status).toBe(200);
    const bib = await exportRoute(
      send('GET', `${BASE}/shared/${list.shareToken}/export?format=bibtex`),
      ctx({ shareToken: list.shareToken }),
    );
    expect(bib.headers.get('content-disposition')).toBe('attachment; filename="ir-reading-list.bib"');
    expect((await bib.text()).match(/^@/gm)).toHaveLength(3);
    const badFormat = await exportRoute(
      send('GET', `${BASE}/shared/${list.shareToken}/export?format=docx`),
      ctx({ shareToken: list.shareToken }),
    );
    expect(badFormat.status).toBe(400);
    const guessed = await sharedRoute(send('GET', `${BASE}/shared/${list.id}`), ctx({ shareToken: list.id }));
    expect(guessed.status).toBe(404);
  });
});
