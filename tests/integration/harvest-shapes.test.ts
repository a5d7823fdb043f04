// The shapes repositories really send, harvested into one store: OJS 3.3 ("id-ID"/"en-US"), DSpace 7 (repeated
// values with no language), EPrints 3.4 (both abstracts pasted into one field, one title) and its dcterms variant,
// and an OAI-PMH provider we did not write (Perl's HTTP::OAI), which writes no xml:lang and no final empty token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { harvestNow } from '../helpers/harvest-now';
import { makeFixtureRecords, type FixtureRecord, type FixtureShape } from '../helpers/oai-fixture-records';
import { startOaiFixtureServer } from '../helpers/oai-fixture-server';
import { hasPerlOai, startPerlOaiProvider } from '../helpers/oai-perl-provider';
import { makeWorkspace } from '../helpers/temp-corpus';

const COUNT = 40;

describe('harvesting each repository shape', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let db: Db;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    db = openDb(ws.database);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await ws?.cleanup();
  });

  /** The records whose stored titles, abstracts or entities differ from what the record says. */
  async function mismatches(key: string, records: FixtureRecord[]) {
    const wrong: Record<string, string[]> = {};
    for (const record of records) {
      const row = await db.harvestRecord.findUnique({
        where: { sourceKey_identifier: { sourceKey: key, identifier: record.identifier } },
      });
      const study = row ? await getStudy(row.studyId, db) : null;
      const e = record.expected;
      const named = [...(study?.organisations ?? []), ...(study?.actors ?? [])].map((o) => o.key);
      const same = (a: string | null | undefined, b: string | undefined) => (a ?? undefined) === b;
      const countries = study?.countries.map((c) => c.key) ?? [];
      const checks: [string, boolean][] = [
        ['stored', study !== null],
        ['titleId', same(study?.titles.id, e.titleId)],
        ['titleEn', same(study?.titles.en, e.titleEn)],
        ['abstractId', same(study?.abstracts.id, e.abstractId)],
        ['abstractEn', same(study?.abstracts.en, e.abstractEn)],
        ['year', study?.year === e.year],
        ['doi', (study?.doi ?? undefined) === e.doi],
        ['organisations', e.organisations.every((k) => named.includes(k))],
        // The cascade keeps the countries a study is about (named in its title, keywords or aim), not every one it
        // names: some, and none the record does not name.
        ['countries', countries.length > 0 && countries.every((k) => e.countries.includes(k))],
        ['frameworks', e.frameworks.every((k) => study?.frameworks.some((f) => f.key === k))],
      ];
      for (const [field, ok] of checks) if (!ok) (wrong[field] ??= []).push(record.identifier);
    }
    return wrong;
  }

  const shapes: FixtureShape[] = ['ojs33', 'dspace7', 'eprints34', 'eprints-dcterms'];
  it.each(shapes)(
    'reads %s records into studies with each value in its language',
    async (shape) => {
      const records = makeFixtureRecords(COUNT, { shape, seed: 11 });
      const server = await startOaiFixtureServer({ records, shape, pageSize: 15 });
      try {
        const summary = await harvestNow({ url: server.url, key: shape, database: ws.database });
        expect(summary.problems).toEqual([]);
        expect(summary).toMatchObject({ complete: true, pages: 3 });
        expect(summary.counts.new).toBe(COUNT);
        expect(await mismatches(shape, records)).toEqual({});
      } finally {
        await server.close();
      }
    },
    120_000,
  );

  it.skipIf(!hasPerlOai())(
    'harvests every record from an OAI-PMH provider we did not write',
    async () => {
      const records = makeFixtureRecords(COUNT, { shape: 'dspace7', seed: 5 });
      const provider = await startPerlOaiProvider(records, 0, { pageSize: 15 });
      try {
        const summary = await harvestNow({ url: provider.url, key: 'perl', database: ws.database });
        expect(summary.problems).toEqual([]);
        expect(summary).toMatchObject({ complete: true, pages: 3 });
        expect(summary.counts.new).toBe(COUNT);
        expect(await mismatches('perl', records)).toEqual({});
      } finally {
        await provider.close();
      }
    },
    120_000,
  );
});
