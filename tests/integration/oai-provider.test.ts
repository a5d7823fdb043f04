// The OAI-PMH endpoint harvested by independent harvesters (Catmandu and HTTP::OAI, from Debian) over real HTTP:
// every record across resumption tokens, both titles with their xml:lang, sets, dates, one record by GetRecord.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/oai/route';
import { openDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { toDatabaseUrl } from '@/lib/env';
import { runIngest } from '@/lib/ingest/run-ingest';
import { makeOaiSeeds, seedOaiStudies } from '../helpers/seed-oai-studies';
import { makeWorkspace } from '../helpers/temp-corpus';
import { serveRoute, type ServedRoute } from '../support/serve-route';

const run = promisify(execFile);
const holder = globalThis as { telaahDb?: Db };
const SEEDS = makeOaiSeeds(23);
const PAGE_SIZE = 7;
const saved = {
  DATABASE_URL: process.env.DATABASE_URL,
  TELAAH_OAI_PAGE_SIZE: process.env.TELAAH_OAI_PAGE_SIZE,
};

let ws: Awaited<ReturnType<typeof makeWorkspace>>;
let db: Db;
let served: ServedRoute;

beforeAll(async () => {
  ws = await makeWorkspace();
  await applyMigrations(ws.database);
  db = openDb(ws.database);
  await seedOaiStudies(db, SEEDS);
  process.env.DATABASE_URL = toDatabaseUrl(ws.database);
  process.env.TELAAH_OAI_PAGE_SIZE = String(PAGE_SIZE);
  // The base URL comes from the Host header (127.0.0.1:port) unless a test sets the public URL itself.
  delete process.env.TELAAH_PUBLIC_URL;
  delete process.env.TELAAH_ADMIN_EMAIL;
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

interface PerlHarvest {
  identify: Record<string, unknown>;
  records: {
    identifier: string;
    datestamp: string;
    sets: string[];
    titles: { lang: string; text: string }[];
  }[];
  errors: { code: string; message: string }[];
}

async function harvestWithHttpOai(...args: string[]): Promise<PerlHarvest> {
  const { stdout } = await run('perl', ['tests/support/oai-harvest.pl', served.url, ...args], {
    timeout: 60_000,
  });
  return JSON.parse(stdout) as PerlHarvest;
}

async function fetchOai(query: string): Promise<{ type: string | null; body: string }> {
  const response = await fetch(`${served.url}?${query}`);
  expect(response.status).toBe(200);
  return { type: response.headers.get('content-type'), body: await response.text() };
}

const idOf = (identifier: unknown) => String(identifier).replace(/^oai:127\.0\.0\.1:/, '');
const seedIds = (keep: (seed: (typeof SEEDS)[number]) => boolean = () => true) =>
  SEEDS.filter(keep)
    .map((seed) => seed.id)
    .sort();

describe('the /oai endpoint, harvested by Catmandu', () => {
  it('gives every record once across resumption tokens, with its Dublin Core', async () => {
    const records = await catmandu('--metadataPrefix', 'oai_dc');
    expect(records.map((r) => idOf(r._identifier)).sort()).toEqual(seedIds());
    const first = records.find((r) => r._identifier === 'oai:127.0.0.1:oai_000');
    expect(first).toMatchObject({
      _datestamp: '2025-01-01T08:30:15Z',
      _setSpec: ['organisation:iom', 'country:id', 'framework:securitization'],
      title: [
        'Kajian migrasi tenaga kerja nomor 0 & "perlindungan" <pekerja>',
        'A study of labour migration number 0 & "protection" <workers>',
      ],
      creator: ['Penulis Uji 0'],
      identifier: [`${served.url.replace(/\/oai$/, '')}/studies/oai_000`, 'https://doi.org/10.5555/telaah.0'],
      language: ['id', 'en'],
      source: ['Jurnal Kajian Uji'],
      type: ['Text', 'article'],
    });
  });

  it('tags each title and abstract with its language', async () => {
    const records = await catmandu('--metadataPrefix', 'oai_dc', '--handler', 'raw');
    expect(records).toHaveLength(SEEDS.length);
    for (const record of records) {
      const xml = String(record._metadata);
      expect(xml).toMatch(
        /<dc:title xml:lang="id">Kajian migrasi[^<]*&amp; "perlindungan" &lt;pekerja&gt;<\/dc:title>/,
      );
      expect(xml).toMatch(/<dc:title xml:lang="en">A study of labour migration/);
      expect(xml).toMatch(/<dc:description xml:lang="en">An invented abstract/);
      expect(xml).toMatch(/<dc:subject xml:lang="id">migrasi<\/dc:subject>/);
    }
  });

  it('lists identifiers, and harvests by set and by date', async () => {
    const headers = await catmandu('--listIdentifiers', '1');
    expect(headers.map((h) => idOf(h._id)).sort()).toEqual(seedIds());

    const iom = await catmandu('--set', 'organisation:iom');
    expect(iom.map((r) => idOf(r._identifier)).sort()).toEqual(seedIds((s) => s.organisation?.key === 'iom'));
    const withFramework = await catmandu('--listIdentifiers', '1', '--set', 'framework');
    expect(withFramework.map((h) => idOf(h._id)).sort()).toEqual(seedIds((s) => s.framework !== null));

    // until with day granularity covers that whole day.
    const january = await catmandu('--listIdentifiers', '1', '--from', '2025-01-05', '--until', '2025-01-10');
    const inRange = (s: (typeof SEEDS)[number]) =>
      s.updatedAt >= new Date('2025-01-05T00:00:00Z') && s.updatedAt < new Date('2025-01-11T00:00:00Z');
    expect(january.map((h) => idOf(h._id)).sort()).toEqual(seedIds(inRange));
    expect(january.length).toBeGreaterThan(0);

    // A datestamp given back as from/until selects that record's second.
    const one = await catmandu(
      '--listIdentifiers',
      '1',
      '--from',
      '2025-01-01T08:30:15Z',
      '--until',
      '2025-01-01T08:30:15Z',
    );
    expect(one.map((h) => idOf(h._id))).toEqual(['oai_000']);
  });

  it('gets one record, and the repository description', async () => {
    const [record, ...rest] = await catmandu('--getRecord', '1', '--identifier', 'oai:127.0.0.1:oai_004');
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ _identifier: 'oai:127.0.0.1:oai_004', creator: ['Penulis Uji 4'] });

    const [identify] = await catmandu('--identify', '1');
    expect(identify).toMatchObject({
      repositoryName: 'Telaah',
      baseURL: served.url,
      protocolVersion: '2.0',
      earliestDatestamp: '2025-01-01T08:30:15Z',
      deletedRecord: 'no',
      granularity: 'YYYY-MM-DDThh:mm:ssZ',
    });
  });
});

describe('the /oai endpoint, harvested by HTTP::OAI', () => {
  it('gets every record across resumption tokens with no protocol error', async () => {
    const harvest = await harvestWithHttpOai();
    expect(harvest.errors).toEqual([]);
    expect(harvest.identify).toMatchObject({ repositoryName: 'Telaah', protocolVersion: '2.0' });
    expect(harvest.records.map((r) => idOf(r.identifier)).sort()).toEqual(seedIds());
    for (const record of harvest.records) expect(record.titles.map((t) => t.lang)).toEqual(['id', 'en']);
  });

  it('harvests a country set', async () => {
    const harvest = await harvestWithHttpOai('set=country:ph');
    expect(harvest.errors).toEqual([]);
    expect(harvest.records.map((r) => idOf(r.identifier)).sort()).toEqual(
      seedIds((s) => s.country.key === 'ph'),
    );
    for (const record of harvest.records) expect(record.sets).toContain('country:ph');
  });
});

describe('the /oai endpoint, asked directly', () => {
  it('answers in XML with protocol errors, echoing only valid requests', async () => {
    const badVerb = await fetchOai('verb=Harvest&metadataPrefix=oai_dc');
    expect(badVerb.type).toBe('text/xml; charset=utf-8');
    expect(badVerb.body).toContain(`<request>${served.url}</request>`);
    expect(badVerb.body).toMatch(/<error code="badVerb">/);

    const badArgument = await fetchOai(
      'verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-01-02T00:00:00Z',
    );
    expect(badArgument.body).toMatch(/<request>[^<]+<\/request><error code="badArgument">/);

    const format = await fetchOai('verb=ListRecords&metadataPrefix=mods');
    expect(format.body).toContain('<request verb="ListRecords" metadataPrefix="mods">');
    expect(format.body).toMatch(/<error code="cannotDisseminateFormat">/);

    expect((await fetchOai('verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01')).body).toMatch(
      /<error code="noRecordsMatch">/,
    );
    expect((await fetchOai('verb=ListIdentifiers&resumptionToken=abc.def')).body).toMatch(
      /<error code="badResumptionToken">/,
    );
    expect(
      (await fetchOai('verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:nope')).body,
    ).toMatch(/<error code="idDoesNotExist">/);
    expect((await fetchOai('verb=ListMetadataFormats&identifier=oai:elsewhere:oai_000')).body).toMatch(
      /<error code="idDoesNotExist">/,
    );
  });

  it('answers a form-encoded POST like the same GET', async () => {
    const response = await fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3A127.0.0.1%3Aoai_001',
    });
    const body = await response.text();
    expect(body).toContain('<identifier>oai:127.0.0.1:oai_001</identifier>');
    expect(body).toMatch(/<dc:title xml:lang="en">A study of labour migration number 1 /);
  });

  it('lists the sets, a facet set above its values', async () => {
    const { body } = await fetchOai('verb=ListSets');
    expect(body).toContain('<set><setSpec>organisation</setSpec><setName>Organisations</setName></set>');
    expect(body).toContain(
      '<set><setSpec>organisation:iom</setSpec><setName>International Organization for Migration</setName></set>',
    );
    expect(body).toContain('<set><setSpec>country:id</setSpec><setName>Indonesia</setName></set>');
    expect(body).toContain(
      '<set><setSpec>framework:securitization</setSpec><setName>Securitization</setName></set>',
    );
  });

  it('pages a split list with cursors and the list size, ending on an empty token', async () => {
    const cursors: string[] = [];
    let query = 'verb=ListIdentifiers&metadataPrefix=oai_dc';
    let seen = 0;
    for (let page = 0; page < 10; page++) {
      const { body } = await fetchOai(query);
      seen += body.match(/<header>/g)?.length ?? 0;
      const token =
        /<resumptionToken completeListSize="23" cursor="(\d+)"(?:\/>|>([^<]+)<\/resumptionToken>)/.exec(body);
      expect(token).not.toBeNull();
      cursors.push(token![1]!);
      if (!token![2]) break;
      query = `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token![2])}`;
    }
    expect(cursors).toEqual(['0', '7', '14', '21']);
    expect(seen).toBe(SEEDS.length);

    // A list that fits on one page has no token at all.
    const small = await fetchOai('verb=ListIdentifiers&metadataPrefix=oai_dc&set=framework');
    expect(small.body).not.toContain('resumptionToken');
  });

  it('names the public URL, its host in identifiers and the admin address when they are configured', async () => {
    process.env.TELAAH_PUBLIC_URL = 'https://telaah.example.ac.id';
    process.env.TELAAH_ADMIN_EMAIL = 'kurator@example.ac.id';
    try {
      const { body } = await fetchOai('verb=Identify');
      expect(body).toContain('<baseURL>https://telaah.example.ac.id/oai</baseURL>');
      expect(body).toContain('<adminEmail>kurator@example.ac.id</adminEmail>');
      expect(body).toContain('<repositoryIdentifier>telaah.example.ac.id</repositoryIdentifier>');
      const record = await fetchOai(
        'verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:telaah.example.ac.id:oai_002',
      );
      expect(record.body).toContain(
        '<dc:identifier>https://telaah.example.ac.id/studies/oai_002</dc:identifier>',
      );
    } finally {
      delete process.env.TELAAH_PUBLIC_URL;
      delete process.env.TELAAH_ADMIN_EMAIL;
    }
  });
});

// Last: the ingest writes its rows with its own SQL (lib/db/*-study-writer.ts), so its datestamps must compare
// with from/until exactly as Prisma's do.
describe('the /oai endpoint over studies the ingest wrote', () => {
  it('harvests them and selects them by datestamp', async () => {
    const started = new Date(Math.floor(Date.now() / 1000) * 1000);
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    const ingested = (
      await db.study.findMany({ where: { updatedAt: { gte: started } }, select: { id: true } })
    ).map((s) => s.id);
    expect(ingested.length).toBeGreaterThan(0);
    const all = (await db.study.findMany({ select: { id: true } })).map((s) => s.id).sort();

    const harvest = await harvestWithHttpOai();
    expect(harvest.errors).toEqual([]);
    expect(harvest.records.map((r) => idOf(r.identifier)).sort()).toEqual(all);

    const since = started.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = await catmandu('--listIdentifiers', '1', '--from', since);
    expect(recent.map((h) => idOf(h._id)).sort()).toEqual(ingested.sort());
    const before = new Date(started.getTime() - 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { body } = await fetchOai(
      `verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-01-01T00:00:00Z&until=${before}`,
    );
    for (const id of ingested) expect(body).not.toContain(`:${id}</identifier>`);
  });
});
