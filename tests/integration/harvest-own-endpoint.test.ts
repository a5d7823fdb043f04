// Telaah harvesting Telaah: the corpus ingested into one store and served at /oai, harvested into another store.
// The bilingual values must survive the round trip (xml:lang out, xml:lang in), and the classification cascade must
// find again, from titles, abstracts and subjects alone, what the files' own ingest found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/oai/route';
import { openDb, type Db } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { toDatabaseUrl } from '@/lib/env';
import { runIngest } from '@/lib/ingest/run-ingest';
import { harvestNow } from '../helpers/harvest-now';
import { makeWorkspace } from '../helpers/temp-corpus';
import { serveRoute, type ServedRoute } from '../support/serve-route';

const holder = globalThis as { telaahDb?: Db };
const saved = process.env.DATABASE_URL;

describe('harvesting our own /oai endpoint into another store', () => {
  let source: Awaited<ReturnType<typeof makeWorkspace>>;
  let target: Awaited<ReturnType<typeof makeWorkspace>>;
  let served: ServedRoute;

  beforeAll(async () => {
    source = await makeWorkspace();
    target = await makeWorkspace({ copyCorpus: false });
    await runIngest({ corpusDir: source.corpusDir, database: source.database });
    process.env.DATABASE_URL = toDatabaseUrl(source.database);
    await holder.telaahDb?.$disconnect();
    delete holder.telaahDb;
    served = await serveRoute('/oai', { GET, POST }, { first: 3400, last: 3499 });
  }, 120_000);
  afterAll(async () => {
    await served?.close();
    await holder.telaahDb?.$disconnect();
    delete holder.telaahDb;
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await source?.cleanup();
    await target?.cleanup();
  });

  it('gets every study with its titles and abstracts in both languages, and its organisations and countries', async () => {
    const summary = await harvestNow({ url: served.url, database: target.database });
    expect(summary.problems).toEqual([]);
    expect(summary.counts).toMatchObject({ new: 4, failed: 0 });
    expect(summary.repositoryName).toBe('Telaah');

    const from = openDb(source.database);
    const into = openDb(target.database);
    try {
      const records = await into.harvestRecord.findMany({ orderBy: { identifier: 'asc' } });
      expect(records).toHaveLength(4);
      for (const record of records) {
        const originalId = record.identifier.split(':').at(-1) as string;
        const original = await getStudy(originalId, from);
        const copy = await getStudy(record.studyId, into);
        expect(copy?.titles).toEqual(original?.titles);
        expect(copy?.abstracts).toEqual(original?.abstracts);
        expect(copy?.year).toBe(original?.year);
        // A record describes the thesis itself: its kind says thesis, whether the file held it whole or its abstract.
        expect(copy?.kind).toBe(original?.kind === 'thesis-abstract' ? 'thesis' : original?.kind);
        expect(copy?.organisations.map((o) => o.key)).toEqual(original?.organisations.map((o) => o.key));
        expect(copy?.countries.map((c) => c.key).sort()).toEqual(
          expect.arrayContaining(original?.countries.map((c) => c.key) ?? []),
        );
        expect(copy?.url).toBe(`${new URL(served.url).origin}/studies/${originalId}`);
      }
    } finally {
      await from.$disconnect();
      await into.$disconnect();
    }
  }, 120_000);
});
