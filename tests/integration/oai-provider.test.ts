// The OAI-PMH endpoint harvested by independent harvesters (Catmandu and HTTP::OAI, from Debian) over real HTTP:
// every record across resumption tokens, both titles with their xml:lang, sets, dates, one record by GetRecord.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/oai/route';
import { openDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { toDatabaseUrl } from '@/lib/env';
import { makeOaiSeeds, seedOaiStudies } from '../helpers/seed-oai-studies';
import { makeWorkspace } from '../helpers/temp-corpus';
import { serveRoute, type ServedRoute } from '../support/serve-route';

const run = promisify(execFile);
const holder = globalThis as { telaahDb?: Db };
const SEEDS = makeOaiSeeds(23);
const PAGE_SIZE = 7;
const saved = { DATABASE_URL: process.env.DATABASE_URL, TELAAH_OAI_PAGE_SIZE: process.env.TELAAH_OAI_PAGE_SIZE };

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let db: Db;
let served: ServedRoute;

beforeAll(async () => {
  ws = await makeWorkspace({ copyCorpus: false });
  await applyMigrations(ws.database);
  db = openDb(ws.database);
  await seedOaiStudies(db, SEEDS);
  process.env.DATABASE_URL = toDatabaseUrl(ws.database);
  process.env.TELAAH_OAI_PAGE_SIZE = String(PAGE_SIZE);
  await holder.telaahDb?.$disconnect();
  delete holder.telaahDb;
  served = await serveRoute('/oai', { GET, POST }, { first: 3400, last: 3499 });
});
afterAll(async () => {
  await served?.close();
  await db?.$disconnect();
  await holder.telaahDb?.$disconnect();
  delete holder.telaahDb;
  for (const [key, value] of Object.entries(saved))
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  await ws?.cleanup();
});

async function catmandu(...options: string[]): Promise<Record<string, unknown>[]> {
  const { stdout, stderr } = await run(
    'catmandu',
    ['convert', 'OAI', '--url', served.url, ...options, 'to', 'JSON', '--line_delimited', '1'],
    { timeout: 60_000 },
  );
  expect(stderr).toBe('');
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the /oai endpoint, harvested by Catmandu', () => {
  it('gives every record across resumption tokens, each once', async () => {
    const records = await catmandu('--metadataPrefix', 'oai_dc');
    console.log(JSON.stringify(records.slice(0, 2), null, 1));
    expect(records).toHaveLength(SEEDS.length);
  });
});
