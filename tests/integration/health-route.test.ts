// GET /api/health is what the balancer sends traffic by: 200 only while the database answers and the search index
// is loaded, 503 naming what is wrong otherwise, and never cached.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as healthRoute } from '@/app/api/health/route';
import type { Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { toDatabaseUrl } from '@/lib/env';
import { runIngest } from '@/lib/ingest/run-ingest';
import type { HealthReport } from '@/lib/ops/health';
import { makeWorkspace } from '../helpers/temp-corpus';

const holder = globalThis as { telaahDb?: Db; telaahSearch?: unknown };
let ws: Awaited<ReturnType<typeof makeWorkspace>>;
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  PORT: process.env.PORT,
  TELAAH_DATA_DIR: process.env.TELAAH_DATA_DIR,
};

async function useStore(location: string) {
  await holder.telaahDb?.$disconnect();
  delete holder.telaahDb;
  delete holder.telaahSearch;
  process.env.DATABASE_URL = toDatabaseUrl(location);
}

async function health(): Promise<{ status: number; cache: string | null; report: HealthReport }> {
  const response = await healthRoute();
  return {
    status: response.status,
    cache: response.headers.get('cache-control'),
    report: (await response.json()) as HealthReport,
  };
}

beforeAll(async () => {
  ws = await makeWorkspace();
  process.env.PORT = '3999';
  // On PostgreSQL the instance keeps its copy of the published index in its data folder.
  process.env.TELAAH_DATA_DIR = path.join(ws.root, 'instance-data');
});
afterAll(async () => {
  await holder.telaahDb?.$disconnect();
  delete holder.telaahDb;
  delete holder.telaahSearch;
  for (const [key, value] of Object.entries(saved))
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  await ws.cleanup();
});

describe('GET /api/health', () => {
  it('is 503 while the store has no search index, naming the index', async () => {
    await applyMigrations(ws.database);
    await useStore(ws.database);
    const { status, cache, report } = await health();
    expect(status).toBe(503);
    expect(cache).toBe('no-store');
    expect(report).toMatchObject({ ok: false, studies: 0, indexDocuments: null });
    expect(report.problems.join(' ')).toMatch(/search index/);
  });

  it('is 200 with the instance, the studies and the indexed documents once the corpus is ingested', async () => {
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    await useStore(ws.database);
    const { status, report } = await health();
    expect(status).toBe(200);
    expect(report).toEqual({
      ok: true,
      instance: { pid: process.pid, port: 3999 },
      studies: 4,
      indexDocuments: 4,
      problems: [],
    });
  });

  it('is 503 when the database cannot be opened', async () => {
    await useStore(path.join(ws.root, 'missing-folder', 'telaah.db'));
    const { status, report } = await health();
    expect(status).toBe(503);
    expect(report.studies).toBeNull();
    expect(report.problems.join(' ')).toMatch(/database/);
  });
});
