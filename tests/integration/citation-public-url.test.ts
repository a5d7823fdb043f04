// The absolute links in exports name the public address: TELAAH_PUBLIC_URL when set, else the request's own
// (forwarded) host; never the address the server listens on. The route handlers are called directly.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '@/app/api/reading-lists/route';
import { POST as addItemRoute } from '@/app/api/reading-lists/[id]/items/route';
import { GET as listExportRoute } from '@/app/api/reading-lists/shared/[shareToken]/export/route';
import { GET as studyCiteRoute } from '@/app/studies/[id]/cite/[format]/route';
import { openDb, type Db } from '@/lib/db/client';
import { toDatabaseUrl } from '@/lib/env';
import { applyMigrations } from '@/lib/db/migrations';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { seedStudies } from '../helpers/seed-studies';
import { makeWorkspace } from '../helpers/temp-corpus';

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let db: Db;
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const get = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

beforeAll(async () => {
  ws = await makeWorkspace({ copyCorpus: false });
  const file = ws.database;
  await applyMigrations(file);
  db = openDb(file);
  await seedStudies(db);
  process.env.DATABASE_URL = toDatabaseUrl(file);
  delete (globalThis as { telaahDb?: Db }).telaahDb;
});
afterEach(() => {
  delete process.env.TELAAH_PUBLIC_URL;
});
afterAll(async () => {
  await db.$disconnect();
  await (globalThis as { telaahDb?: Db }).telaahDb?.$disconnect();
  await ws.cleanup();
});

const cite = (format: string, headers: Record<string, string>) =>
  studyCiteRoute(
    get(`http://localhost:3000/studies/003_test_amalia/cite/${format}`, headers),
    ctx({ id: '003_test_amalia', format }),
  );

describe('study citation downloads', () => {
  it('link to the study on the host the request came to, forwarded by a proxy', async () => {
    const direct = await cite('bibtex', { host: '127.0.0.1:3102' });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(direct.headers.get('content-disposition')).toMatch(
      /^attachment; filename="amalia-2024-upaya-.+\.bib"$/,
    );
    const bib = await direct.text();
    expect(bib).toMatch(/^@mastersthesis\{/);
    expect(bib).toContain('url = {http://127.0.0.1:3102/studies/003_test_amalia}');

    const proxied = await cite('ris', {
      host: 'localhost:3000',
      'x-forwarded-host': 'telaah.example.org',
      'x-forwarded-proto': 'https',
    });
    expect(proxied.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
    const ris = await proxied.text();
    expect(ris).toContain('UR  - https://telaah.example.org/studies/003_test_amalia\r\n');
    expect(ris).not.toContain('localhost');
  });

  it('use TELAAH_PUBLIC_URL over any header when it is set', async () => {
    process.env.TELAAH_PUBLIC_URL = 'https://telaah.uni.example.ac.id';
    const response = await cite('csl-json', { host: 'localhost:3000', 'x-forwarded-host': 'evil.example' });
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.citationstyles.csl+json; charset=utf-8',
    );
    const [item] = (await response.json()) as { URL: string }[];
    expect(item?.URL).toBe('https://telaah.uni.example.ac.id/studies/003_test_amalia');
  });

  it('answer 404 for an unknown study or format', async () => {
    expect((await cite('docx', { host: 'a.example' })).status).toBe(404);
    const missing = await studyCiteRoute(
      get('http://a.example/studies/nope/cite/bibtex'),
      ctx({ id: 'nope', format: 'bibtex' }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('reading-list exports', () => {
  it('link every study to the public address', async () => {
    const created = await createRoute(
      new Request('http://x/api/reading-lists', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Public URL list' }),
      }),
    );
    const { list, editToken } = (await created.json()) as { list: ReadingListView; editToken: string };
    await addItemRoute(
      new Request(`http://x/api/reading-lists/${list.id}/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editToken}` },
        body: JSON.stringify({ studyId: '001_test_devi' }),
      }),
      ctx({ id: list.id }),
    );
    const exportOf = (headers: Record<string, string>) =>
      listExportRoute(
        get(
          `http://localhost:3000/api/reading-lists/shared/${list.shareToken}/export?format=csl-json`,
          headers,
        ),
        ctx({ shareToken: list.shareToken }),
      );
    const byHost = (await (await exportOf({ host: 'telaah.lan:8080' })).json()) as { URL: string }[];
    expect(byHost[0]?.URL).toBe('http://telaah.lan:8080/studies/001_test_devi');

    process.env.TELAAH_PUBLIC_URL = 'https://telaah.uni.example.ac.id/';
    const byEnv = (await (await exportOf({ host: 'telaah.lan:8080' })).json()) as { URL: string }[];
    expect(byEnv[0]?.URL).toBe('https://telaah.uni.example.ac.id/studies/001_test_devi');
  });
});
