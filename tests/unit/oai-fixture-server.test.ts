// The OAI-PMH fixtures behave as the harvester's tests will assume: records name what they say they name, pages
// add up, tokens work in every style, and each fault does what its name says.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { getEntityMatcher, getFrameworkMatcher } from '@/lib/ingest/classify/matchers';
import { countWords } from '../helpers/oai-fixture-abstracts';
import {
  changeRecord,
  deleteRecord,
  type FixtureShape,
  makeFixtureRecords,
} from '../helpers/oai-fixture-records';
import {
  type OaiFixtureServer,
  type OaiFixtureServerOptions,
  startOaiFixtureServer,
} from '../helpers/oai-fixture-server';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The path is a string while the jPath option stays at its default (true); the type also allows a matcher.
  isArray: (name, path) =>
    name.startsWith('dc:') ||
    path === 'OAI-PMH.ListRecords.record' ||
    (typeof path === 'string' && path.endsWith('header.setSpec')),
});

type Node = Record<string, unknown>;
const servers: OaiFixtureServer[] = [];

async function start(options: OaiFixtureServerOptions): Promise<OaiFixtureServer> {
  const server = await startOaiFixtureServer(options);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function ask(server: OaiFixtureServer, params: Record<string, string>) {
  const response = await fetch(`${server.url}?${new URLSearchParams(params)}`);
  const text = await response.text();
  return { response, text, xml: () => parser.parse(text) as { 'OAI-PMH': Node } };
}

const errorCode = (doc: { 'OAI-PMH': Node }) => (doc['OAI-PMH'].error as Node | undefined)?.['@_code'];
const textOf = (value: unknown) =>
  typeof value === 'string' ? value : String((value as Node)['#text'] ?? '');

/** Follows resumption tokens to the end; returns the identifiers seen and the token elements met. */
async function harvest(
  server: OaiFixtureServer,
  verb: 'ListRecords' | 'ListIdentifiers',
  first: Record<string, string>,
) {
  const identifiers: string[] = [];
  const tokens: Node[] = [];
  let params: Record<string, string> = { verb, ...first };
  for (;;) {
    const { text, xml } = await ask(server, params);
    expect(XMLValidator.validate(text)).toBe(true);
    const list = xml()['OAI-PMH'][verb] as Node;
    const items =
      verb === 'ListRecords'
        ? (list.record as Node[]).map((r) => r.header as Node)
        : ([list.header].flat() as Node[]);
    identifiers.push(...items.map((h) => textOf(h.identifier)));
    const token = list.resumptionToken as Node | string | undefined;
    if (token === undefined) break;
    tokens.push(typeof token === 'string' ? { '#text': token } : token);
    const value = textOf(token);
    if (!value) break;
    params = { verb, resumptionToken: value };
  }
  return { identifiers, tokens };
}

describe('fixture records', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(makeFixtureRecords(20, { seed: 3 })).toEqual(makeFixtureRecords(20, { seed: 3 }));
    expect(makeFixtureRecords(20, { seed: 4 })[0]!.titles).not.toEqual(
      makeFixtureRecords(20, { seed: 3 })[0]!.titles,
    );
  });

  it.each<FixtureShape>(['ojs34', 'dspace7', 'eprints34'])(
    'name exactly the vocabulary keys they expect (%s)',
    (shape) => {
      for (const record of makeFixtureRecords(120, { shape })) {
        const text = [...record.titles, ...record.descriptions].map((v) => v.value).join('\n\n');
        const hits = getEntityMatcher().find(text);
        const keys = (kind: string) =>
          [...new Set(hits.filter((h) => h.kind === kind).map((h) => h.key))].sort();
        expect(keys('organisation')).toEqual([...record.expected.organisations].sort());
        expect(keys('country')).toEqual([...record.expected.countries].sort());
        const frameworks = [
          ...new Set(
            getFrameworkMatcher()
              .find(text)
              .map((h) => h.key),
          ),
        ].sort();
        expect(frameworks).toEqual([...record.expected.frameworks].sort());
        for (const abstract of [record.expected.abstractId, record.expected.abstractEn]) {
          expect(countWords(abstract ?? '')).toBeGreaterThanOrEqual(80);
          expect(countWords(abstract ?? '')).toBeLessThanOrEqual(200);
        }
      }
    },
  );

  it('carry the languages each repository writes', () => {
    const [ojs34] = makeFixtureRecords(1, { shape: 'ojs34' });
    const [ojs33] = makeFixtureRecords(1, { shape: 'ojs33' });
    const [dspace] = makeFixtureRecords(1, { shape: 'dspace7' });
    const [eprints] = makeFixtureRecords(1, { shape: 'eprints34' });
    expect(ojs34!.titles.map((t) => t.lang)).toEqual(['id', 'en']);
    expect(ojs33!.descriptions.map((t) => t.lang)).toEqual(['id-ID', 'en-US']);
    expect(dspace!.descriptions.map((t) => t.lang)).toEqual([undefined, undefined]);
    expect(eprints!.titles).toHaveLength(1);
    expect(eprints!.descriptions).toHaveLength(1);
    expect(eprints!.descriptions[0]!.value).toContain(eprints!.expected.abstractEn!);
    expect(eprints!.descriptions[0]!.value).toContain(eprints!.expected.abstractId!);
  });

  it('change into a later, retitled copy', () => {
    const [record] = makeFixtureRecords(1);
    const changed = changeRecord(record!);
    expect(changed.identifier).toBe(record!.identifier);
    expect(changed.datestamp > record!.datestamp).toBe(true);
    expect(changed.titles[0]!.value).not.toBe(record!.titles[0]!.value);
    expect(changed.expected.titleEn).toBe(changed.titles[1]!.value);
  });
});

describe('OAI-PMH fixture server', () => {
  it.each<FixtureShape>(['ojs34', 'dspace7', 'eprints34'])(
    'pages 250 records in 3 pages (%s)',
    async (shape) => {
      const records = makeFixtureRecords(250, { shape });
      const server = await start({ records, shape });
      const { identifiers, tokens } = await harvest(server, 'ListRecords', { metadataPrefix: 'oai_dc' });
      expect(identifiers).toEqual(records.map((r) => r.identifier));
      expect(server.requests).toHaveLength(3);
      expect(tokens.map((t) => [t['@_cursor'], t['@_completeListSize']])).toEqual([
        ['0', '250'],
        ['100', '250'],
        ['200', '250'],
      ]);
      expect(textOf(tokens[2])).toBe('');
      const headers = await harvest(server, 'ListIdentifiers', { metadataPrefix: 'oai_dc' });
      expect(headers.identifiers).toHaveLength(250);
    },
  );

  it('writes tokens in each repository style, and refuses tokens it did not issue', async () => {
    const seen: string[] = [];
    for (const shape of ['ojs34', 'dspace7', 'eprints34'] as const) {
      const server = await start({ records: makeFixtureRecords(150, { shape }), shape });
      const { tokens } = await harvest(server, 'ListIdentifiers', { metadataPrefix: 'oai_dc' });
      seen.push(textOf(tokens[0]));
      const bad = await ask(server, { verb: 'ListRecords', resumptionToken: 'not-a-token' });
      expect(errorCode(bad.xml())).toBe('badResumptionToken');
    }
    expect(seen[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(seen[1]).toBe('oai_dc////100');
    expect(seen[2]).toBe('metadataPrefix=oai_dc&offset=100');
  });

  it.each<FixtureShape>(['ojs33', 'dspace7', 'eprints-dcterms'])(
    'keeps from and set across pages (%s)',
    async (shape) => {
      const records = makeFixtureRecords(60, { shape });
      const server = await start({ records, shape, pageSize: 7 });
      const set = records[0]!.sets[1]!;
      const from = records[5]!.datestamp;
      const wanted = records.filter((r, i) => i >= 5 && r.sets.includes(set)).map((r) => r.identifier);
      const { identifiers } = await harvest(server, 'ListRecords', { metadataPrefix: 'oai_dc', from, set });
      expect(identifiers).toEqual(wanted);
      expect(server.requests.length).toBe(Math.ceil(wanted.length / 7));
    },
  );

  it('answers POST requests like GET ones', async () => {
    const records = makeFixtureRecords(3, { shape: 'dspace7' });
    const server = await start({ records, shape: 'dspace7' });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' }),
    });
    expect(await response.text()).toContain(records[2]!.identifier);
    expect(server.requests[0]!.searchParams.get('verb')).toBe('ListIdentifiers');
  });

  it('writes day datestamps under day granularity and refuses finer dates', async () => {
    const records = makeFixtureRecords(3, { shape: 'eprints34' });
    const server = await start({ records, shape: 'eprints34', granularity: 'YYYY-MM-DD' });
    const { text } = await ask(server, { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' });
    expect(text).toContain(`<datestamp>${records[0]!.datestamp.slice(0, 10)}</datestamp>`);
    const finer = await ask(server, {
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      from: records[0]!.datestamp,
    });
    expect(errorCode(finer.xml())).toBe('badArgument');
  });

  it('writes the OJS 3.3 locales as xml:lang', async () => {
    const records = makeFixtureRecords(1, { shape: 'ojs33' });
    const server = await start({ records, shape: 'ojs33' });
    const { text } = await ask(server, { verb: 'ListRecords', metadataPrefix: 'oai_dc' });
    expect(text).toContain('<dc:title xml:lang="id-ID">');
    expect(text).toContain('<dc:description xml:lang="en-US">');
  });

  it('answers Identify, ListMetadataFormats and ListSets', async () => {
    const records = makeFixtureRecords(10, { shape: 'ojs34' });
    const server = await start({ records, shape: 'ojs34', granularity: 'YYYY-MM-DD' });
    const identify = await ask(server, { verb: 'Identify' });
    expect(identify.text).toMatch(
      /^<\?xml[^>]*\?>\n<\?xml-stylesheet type="text\/xsl" href="[^"]*oai2\.xsl"/,
    );
    const info = identify.xml()['OAI-PMH'].Identify as Node;
    expect(info).toMatchObject({
      baseURL: server.url,
      deletedRecord: 'persistent',
      granularity: 'YYYY-MM-DD',
    });
    expect(info.earliestDatestamp).toBe(records[0]!.datestamp.slice(0, 10));
    const formats = (await ask(server, { verb: 'ListMetadataFormats' })).xml()['OAI-PMH']
      .ListMetadataFormats as Node;
    expect((formats.metadataFormat as Node[]).map((f) => f.metadataPrefix)).toEqual([
      'oai_dc',
      'oai_marc',
      'marcxml',
      'rfc1807',
    ]);
    const sets = (await ask(server, { verb: 'ListSets' })).xml()['OAI-PMH'].ListSets as Node;
    expect((sets.set as Node[]).map((s) => s.setSpec)).toContain('jkhi:ART');
  });

  it('filters by from/until and by set, and says noRecordsMatch when nothing is left', async () => {
    const records = makeFixtureRecords(40, { shape: 'dspace7' });
    const server = await start({ records, shape: 'dspace7' });
    const from = records[10]!.datestamp;
    const until = records[19]!.datestamp;
    const window = await harvest(server, 'ListIdentifiers', { metadataPrefix: 'oai_dc', from, until });
    expect(window.identifiers).toEqual(records.slice(10, 20).map((r) => r.identifier));
    const bySet = await harvest(server, 'ListIdentifiers', {
      metadataPrefix: 'oai_dc',
      set: 'col_123456789_3',
    });
    expect(bySet.identifiers).toEqual(
      records.filter((r) => r.sets.includes('col_123456789_3')).map((r) => r.identifier),
    );
    const none = await ask(server, { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: '2030-01-01' });
    expect(errorCode(none.xml())).toBe('noRecordsMatch');
    const mixed = await ask(server, {
      verb: 'ListRecords',
      metadataPrefix: 'oai_dc',
      from: '2024-01-01',
      until: until,
    });
    expect(errorCode(mixed.xml())).toBe('badArgument');
  });

  it('refuses unknown formats, missing prefixes and unknown identifiers', async () => {
    const records = makeFixtureRecords(5, { shape: 'eprints34' });
    const server = await start({ records, shape: 'eprints34' });
    expect(errorCode((await ask(server, { verb: 'ListRecords', metadataPrefix: 'jats' })).xml())).toBe(
      'cannotDisseminateFormat',
    );
    expect(errorCode((await ask(server, { verb: 'ListRecords' })).xml())).toBe('badArgument');
    expect(errorCode((await ask(server, { verb: 'Harvest' })).xml())).toBe('badVerb');
    const missing = await ask(server, {
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: 'oai:eprints.example.ac.id:999',
    });
    expect(errorCode(missing.xml())).toBe('idDoesNotExist');
    const found = await ask(server, {
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: records[0]!.identifier,
    });
    expect(found.text).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  });

  it('writes deleted records as a bare header, and serves changed records', async () => {
    const records = makeFixtureRecords(3, { shape: 'ojs34' });
    const server = await start({ records, shape: 'ojs34' });
    server.setRecords([deleteRecord(records[0]!), changeRecord(records[1]!), records[2]!]);
    const doc = (
      await ask(server, { verb: 'ListRecords', metadataPrefix: 'oai_dc', from: records[2]!.datestamp })
    ).xml();
    const list = (doc['OAI-PMH'].ListRecords as Node).record as Node[];
    expect(list).toHaveLength(3);
    expect((list[0]!.header as Node)['@_status']).toBe('deleted');
    expect(list[0]!.metadata).toBeUndefined();
    const dc = (list[1]!.metadata as Node)['oai_dc:dc'] as Node;
    expect((dc['dc:title'] as unknown[]).map(textOf)).toContain(changeRecord(records[1]!).expected.titleEn);
  });

  it('writes an ojs34 record that parses with xml:lang id and en titles', async () => {
    const records = makeFixtureRecords(1, { shape: 'ojs34' });
    const server = await start({ records, shape: 'ojs34' });
    const { text, xml } = await ask(server, {
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: records[0]!.identifier,
    });
    expect(XMLValidator.validate(text)).toBe(true);
    const record = (xml()['OAI-PMH'].GetRecord as Node).record as Node;
    const dc = (record.metadata as Node)['oai_dc:dc'] as Node;
    const titles = (dc['dc:title'] as Node[]).map((t) => [t['@_xml:lang'], t['#text']]);
    expect(titles).toEqual([
      ['id', records[0]!.expected.titleId],
      ['en', records[0]!.expected.titleEn],
    ]);
  });

  it('uses the dcterms namespace in eprints-dcterms oai_dc', async () => {
    const records = makeFixtureRecords(2, { shape: 'eprints-dcterms' });
    const server = await start({ records, shape: 'eprints-dcterms' });
    const { text } = await ask(server, { verb: 'ListRecords', metadataPrefix: 'oai_dc' });
    expect(text).toContain('xmlns:dc="http://purl.org/dc/terms/"');
    expect(XMLValidator.validate(text)).toBe(true);
  });
});

describe('OAI-PMH fixture faults', () => {
  const records = makeFixtureRecords(250, { shape: 'ojs34' });
  const page = (server: OaiFixtureServer) => ask(server, { verb: 'ListRecords', metadataPrefix: 'oai_dc' });

  it('raw-lt makes the page holding that record invalid XML', async () => {
    const server = await start({
      records,
      shape: 'ojs34',
      faults: [{ kind: 'raw-lt', identifier: records[5]!.identifier }],
    });
    const { text } = await page(server);
    expect(XMLValidator.validate(text)).not.toBe(true);
    expect(text).toContain('Nilai p < 0,05');
  });

  it('truncate cuts the page off mid-way', async () => {
    const server = await start({ records, shape: 'ojs34', faults: [{ kind: 'truncate', page: 0 }] });
    const { text } = await page(server);
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).not.toContain('</OAI-PMH>');
    expect(XMLValidator.validate(text)).not.toBe(true);
  });

  it('bad-token answers badResumptionToken once for that page', async () => {
    const server = await start({ records, shape: 'ojs34', faults: [{ kind: 'bad-token', page: 1 }] });
    const list = page(server).then((p) => p.xml()['OAI-PMH'].ListRecords as Node);
    const token = textOf((await list).resumptionToken);
    const expired = await ask(server, { verb: 'ListRecords', resumptionToken: token });
    expect(errorCode(expired.xml())).toBe('badResumptionToken');
    const again = await ask(server, { verb: 'ListRecords', resumptionToken: token });
    expect(errorCode(again.xml())).toBeUndefined();
  });

  it('unavailable answers 503 with Retry-After the first N times', async () => {
    const server = await start({
      records,
      shape: 'ojs34',
      faults: [{ kind: 'unavailable', times: 2, retryAfter: 7 }],
    });
    for (let i = 0; i < 2; i++) {
      const { response } = await page(server);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
    }
    expect((await page(server)).response.status).toBe(200);
  });

  it('server-error answers 500 the first N times, and setFaults starts the count again', async () => {
    const server = await start({ records, shape: 'ojs34', faults: [{ kind: 'server-error', times: 1 }] });
    expect((await page(server)).response.status).toBe(500);
    expect((await page(server)).response.status).toBe(200);
    server.setFaults([{ kind: 'server-error', times: 1 }]);
    expect((await page(server)).response.status).toBe(500);
  });

  it('no-title leaves that record without dc:title', async () => {
    const target = records[3]!;
    const server = await start({
      records,
      shape: 'ojs34',
      faults: [{ kind: 'no-title', identifier: target.identifier }],
    });
    const { xml } = await ask(server, {
      verb: 'GetRecord',
      metadataPrefix: 'oai_dc',
      identifier: target.identifier,
    });
    const dc = (((xml()['OAI-PMH'].GetRecord as Node).record as Node).metadata as Node)['oai_dc:dc'] as Node;
    expect(dc['dc:title']).toBeUndefined();
    expect(dc['dc:description']).toHaveLength(2);
  });
});
