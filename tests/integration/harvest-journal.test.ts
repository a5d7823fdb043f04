import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import type { HarvestOptions } from '@/lib/harvest/run-harvest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { searchIndex } from '@/lib/search';
import { harvestNow } from '../helpers/harvest-now';
import {
  changeRecord,
  deleteRecord,
  formatDatestamp,
  makeFixtureRecords,
  type FixtureRecord,
} from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';
import { makeWorkspace } from '../helpers/temp-corpus';

// A journal of 250 bilingual records served in OJS 3.4's shape, three pages of 100, harvested into a store that
// already holds the corpus's files: the acceptance of the OAI-PMH issue, on a real store (SQLite, or PostgreSQL in
// the integration-postgresql project).
const fast = { politenessMs: 0, backoffMs: 10, retries: 2 };

describe('harvesting an OJS journal of 250 bilingual records', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let server: OaiFixtureServer;
  let records: FixtureRecord[];
  let db: Db;
  const harvest = (extra: Partial<HarvestOptions> = {}) =>
    harvestNow({ url: server.url, key: 'jhi', database: ws.database, client: fast, ...extra });

  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    records = makeFixtureRecords(250, { shape: 'ojs34', seed: 7 });
    server = await startOaiFixtureServer({ records, shape: 'ojs34', pageSize: 100 });
    db = openDb(ws.database);
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await server?.close();
    await ws?.cleanup();
  });

  it('stores 250 studies, in three pages, with both titles and abstracts in the right languages', async () => {
    const summary = await harvest();
    expect(summary.problems).toEqual([]);
    expect(summary).toMatchObject({ complete: true, pages: 3 });
    expect(summary.counts).toMatchObject({ new: 250, failed: 0, merged: 0 });
    expect(server.requests.filter((u) => u.searchParams.get('verb') === 'ListRecords')).toHaveLength(3);
    expect(await db.study.count({ where: { format: 'harvest' } })).toBe(250);

    const wrong: string[] = [];
    for (const record of records) {
      const row = await db.harvestRecord.findUnique({
        where: { sourceKey_identifier: { sourceKey: 'jhi', identifier: record.identifier } },
      });
      const study = row && (await getStudy(row.studyId, db));
      const e = record.expected;
      if (
        !study ||
        study.titles.id !== e.titleId ||
        study.titles.en !== e.titleEn ||
        study.abstracts.id !== e.abstractId ||
        study.abstracts.en !== e.abstractEn
      )
        wrong.push(record.identifier);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('classifies records through the same cascade as files, with identifiers and provenance', async () => {
    const record = records[0] as FixtureRecord;
    const row = await db.harvestRecord.findUniqueOrThrow({
      where: { sourceKey_identifier: { sourceKey: 'jhi', identifier: record.identifier } },
    });
    const study = await getStudy(row.studyId, db);
    const named = [...(study?.organisations ?? []), ...(study?.actors ?? [])].map((o) => o.key);
    expect(named).toEqual(expect.arrayContaining(record.expected.organisations));
    expect(study?.countries.map((c) => c.key)).toEqual(expect.arrayContaining(record.expected.countries));
    expect(study?.frameworks.map((f) => f.key)).toEqual(expect.arrayContaining(record.expected.frameworks));
    expect(study?.year).toBe(record.expected.year);
    expect(study?.doi).toBe(record.expected.doi ?? null);
    expect(study?.url).toBe(record.expected.url ?? null);
    expect(study?.provenance.titleId).toMatchObject({ source: 'harvested', identifier: record.identifier });
    expect(study?.harvested).toEqual([
      expect.objectContaining({ identifier: record.identifier, merged: false }),
    ]);
    const index = await ws.readIndex();
    const hit = searchIndex(index, {
      q: record.expected.titleEn ?? '',
      filters: {},
      page: 1,
      size: 5,
      language: 'all',
    });
    expect(hit.hits[0]?.id).toBe(row.studyId);
  });

  it('changes nothing when harvested again with no change at the source', async () => {
    const before = await db.study.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } });
    const summary = await harvest({ full: true });
    expect(summary.counts).toMatchObject({ new: 0, updated: 0, deleted: 0, unchanged: 250, failed: 0 });
    expect(summary.indexed).toBeNull();
    const after = await db.study.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
  }, 300_000);

  it('updates a changed record and removes a deleted one, asking only for what changed since the last run', async () => {
    // A repository stamps a record with the time it changed: after the last harvest began.
    const now = formatDatestamp(Date.now() + 2000);
    const changed = { ...changeRecord(records[10] as FixtureRecord), datestamp: now };
    const deleted = { ...deleteRecord(records[20] as FixtureRecord), datestamp: now };
    const next = records.map((r, i) => (i === 10 ? changed : i === 20 ? deleted : r));
    server.setRecords(next);
    server.requests.length = 0;
    const summary = await harvest();
    const first = server.requests.find((u) => u.searchParams.get('verb') === 'ListRecords');
    expect(first?.searchParams.get('from')).toBeTruthy();
    expect(summary.counts).toMatchObject({ updated: 1, deleted: 1, new: 0, failed: 0 });
    expect(await db.study.count({ where: { format: 'harvest' } })).toBe(249);
    const row = await db.harvestRecord.findUniqueOrThrow({
      where: { sourceKey_identifier: { sourceKey: 'jhi', identifier: changed.identifier } },
    });
    expect((await getStudy(row.studyId, db))?.titles.en).toBe(changed.expected.titleEn);
    const gone = await db.harvestRecord.findUnique({
      where: { sourceKey_identifier: { sourceKey: 'jhi', identifier: deleted.identifier } },
    });
    expect(gone).toBeNull();
  }, 300_000);

  it('leaves harvested studies in place when the file corpus is ingested again', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts.removed).toBe(0);
    expect(await db.study.count({ where: { format: 'harvest' } })).toBe(249);
  });
});
