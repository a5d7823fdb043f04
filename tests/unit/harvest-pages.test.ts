import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harvestPages, type HarvestProblem } from '@/lib/harvest/harvest-pages';
import { OaiClient } from '@/lib/harvest/oai-client';
import type { HarvestedRecord } from '@/lib/harvest/oai-dc-record';
import { makeFixtureRecords } from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';

// The ListRecords conversation alone, against the fixture server: what the protocol answers is told apart.
describe('paging through ListRecords', () => {
  let server: OaiFixtureServer;
  beforeAll(async () => {
    server = await startOaiFixtureServer({
      records: makeFixtureRecords(30, { shape: 'dspace7' }),
      shape: 'dspace7',
      pageSize: 10,
    });
  });
  afterAll(() => server?.close());

  async function pages(format: string, from: string | null = null) {
    const client = new OaiClient({ baseUrl: server.url, politenessMs: 0, backoffMs: 1, retries: 1 });
    const problems: HarvestProblem[] = [];
    const records: HarvestedRecord[] = [];
    const result = await harvestPages(client, {
      format,
      from,
      onProblem: (p) => problems.push(p),
      onRecord: async (r) => {
        records.push(r);
      },
    });
    return { result, problems, records };
  }

  it('follows the tokens to the end, with DSpace-style tokens', async () => {
    const { result, records } = await pages('oai_dc');
    expect(result).toMatchObject({ pages: 3, complete: true, stopped: null });
    expect(result.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Set(records.map((r) => r.identifier)).size).toBe(30);
  });

  it('takes noRecordsMatch as an empty harvest, not a failure', async () => {
    const { result, problems } = await pages('oai_dc', '2099-01-01');
    expect(result).toMatchObject({ complete: true, pages: 1 });
    expect(problems).toEqual([]);
  });

  it('stops on a format the source does not offer, listing what it offers', async () => {
    const { result, problems } = await pages('jats');
    expect(result.complete).toBe(false);
    expect(problems[0]?.message).toMatch(/does not offer the metadata format jats; it offers oai_dc, .*mets/);
  });
});
