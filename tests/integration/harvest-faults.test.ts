import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { describeProblem, harvestExitCode } from '@/lib/harvest/harvest-report';
import type { HarvestOptions } from '@/lib/harvest/run-harvest';
import { harvestNow } from '../helpers/harvest-now';
import { makeFixtureRecords, type FixtureRecord } from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';
import { makeWorkspace } from '../helpers/temp-corpus';

// What real feeds do wrong, one source key per case in one store: each bad record or page is reported with its
// place, the rest of the harvest goes on or ends cleanly, and nothing half-written is left.
describe('harvesting feeds that misbehave', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let server: OaiFixtureServer;
  let records: FixtureRecord[];
  let db: Db;
  const harvest = (key: string, extra: Partial<HarvestOptions> = {}) =>
    harvestNow({
      url: server.url,
      key,
      database: ws.database,
      ...extra,
      client: { backoffMs: 10, retries: 2, ...extra.client },
    });
  const stored = (key: string) => db.harvestRecord.count({ where: { sourceKey: key } });
  const sourceOf = (key: string) => db.harvestSource.findUniqueOrThrow({ where: { key } });

  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    records = makeFixtureRecords(60, { shape: 'ojs34', seed: 3 });
    server = await startOaiFixtureServer({ records, shape: 'ojs34', pageSize: 25 });
    db = openDb(ws.database);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await server?.close();
    await ws?.cleanup();
  });

  it('reports a record with a raw "<" in its abstract and stores the other 59', async () => {
    const bad = records[30] as FixtureRecord;
    server.setFaults([{ kind: 'raw-lt', identifier: bad.identifier }]);
    const summary = await harvest('raw-lt');
    expect(summary.complete).toBe(true);
    expect(summary.counts).toMatchObject({ new: 59, failed: 1 });
    const recordProblem = summary.problems.find((p) => p.identifier !== undefined);
    expect(recordProblem).toMatchObject({ page: 2, identifier: bad.identifier });
    expect(describeProblem(recordProblem!)).toMatch(/page 2, record .*: not well-formed XML/);
    expect(
      summary.problems.some((p) => p.identifier === undefined && /page 2 is not well-formed/.test(p.message)),
    ).toBe(true);
    expect(harvestExitCode(summary)).toBe(2);
    expect(await stored('raw-lt')).toBe(59);
  }, 120_000);

  it('reports a record with no title and stores the others', async () => {
    const bad = records[5] as FixtureRecord;
    server.setFaults([{ kind: 'no-title', identifier: bad.identifier }]);
    const summary = await harvest('no-title');
    expect(summary.problems).toEqual([
      { page: 1, identifier: bad.identifier, message: 'the record has no title (dc:title)' },
    ]);
    expect(summary.counts).toMatchObject({ new: 59, failed: 1 });
  }, 120_000);

  it('asks again for a response cut off mid-way, as many times as it may retry', async () => {
    server.setFaults([{ kind: 'truncate', page: 1 }]);
    server.requests.length = 0;
    const summary = await harvest('cut-retried', { client: { retries: 2 } });
    expect(summary.complete).toBe(false);
    const pageTwo = server.requests.filter((u) => u.searchParams.has('resumptionToken'));
    expect(pageTwo).toHaveLength(3);
    expect(new Set(pageTwo.map((u) => u.search)).size).toBe(1);
  }, 120_000);

  it('ends cleanly on a response that stays cut off: the records before the cut kept, the date not moved', async () => {
    server.setFaults([{ kind: 'truncate', page: 1 }]);
    const summary = await harvest('cut', { client: { retries: 0 } });
    expect(summary.complete).toBe(false);
    expect(summary.stopped).toMatch(/page 2: the response was cut off/);
    const kept = await stored('cut');
    expect(kept).toBeGreaterThanOrEqual(25);
    expect(kept).toBeLessThan(50);
    expect((await sourceOf('cut')).harvestedUntil).toBeNull();
    // The next run (the feed whole again) starts over from the same place and completes.
    server.setFaults([]);
    const again = await harvest('cut');
    expect(again.complete).toBe(true);
    expect(again.counts.unchanged).toBe(kept);
    expect(await stored('cut')).toBe(60);
    expect((await sourceOf('cut')).harvestedUntil).toBeTruthy();
  }, 180_000);

  it('ends cleanly on an expired resumption token, saying so', async () => {
    server.setFaults([{ kind: 'bad-token', page: 2 }]);
    const summary = await harvest('expired');
    expect(summary.complete).toBe(false);
    expect(summary.stopped).toMatch(/page 3: the source refused the resumption token/);
    expect(await stored('expired')).toBe(50);
    expect((await sourceOf('expired')).harvestedUntil).toBeNull();
    expect(harvestExitCode(summary)).toBe(2);
  }, 120_000);

  it('waits as long as Retry-After asks when the source answers 503', async () => {
    server.setFaults([{ kind: 'unavailable', times: 2, retryAfter: 1 }]);
    server.requests.length = 0;
    const started = Date.now();
    const summary = await harvest('busy', { maxRecords: 25 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(summary.counts.new).toBe(25);
    expect(summary.complete).toBe(false);
    expect(summary.stopped).toMatch(/record bound/);
    expect(server.requests[0]?.searchParams.get('verb')).toBe('Identify');
  }, 120_000);
});
