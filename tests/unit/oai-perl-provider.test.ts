// The Perl HTTP::OAI provider serves fixture records with paging, so harvester tests can run against XML that
// an implementation we did not write produces. Skipped where perl or HTTP::OAI is missing.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixtureRecords } from '../helpers/oai-fixture-records';
import { hasPerlOai, type PerlOaiProvider, startPerlOaiProvider } from '../helpers/oai-perl-provider';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  isArray: (name, path) => name.startsWith('dc:') || path === 'OAI-PMH.ListRecords.record',
});

type Node = Record<string, unknown>;

describe.skipIf(!hasPerlOai())('Perl HTTP::OAI provider', () => {
  const records = makeFixtureRecords(250, { shape: 'dspace7' });
  records[7] = { ...records[7]!, deleted: true };
  let provider: PerlOaiProvider;

  beforeAll(async () => {
    provider = await startPerlOaiProvider(records);
  }, 30_000);

  afterAll(async () => {
    await provider?.close();
  });

  it('pages 250 records in 3 pages, the last without a token', async () => {
    const seen: string[] = [];
    let query = 'verb=ListRecords&metadataPrefix=oai_dc';
    let pages = 0;
    for (;;) {
      const text = await (await fetch(`${provider.url}?${query}`)).text();
      expect(XMLValidator.validate(text)).toBe(true);
      const list = (parser.parse(text) as { 'OAI-PMH': Node })['OAI-PMH'].ListRecords as Node;
      pages++;
      for (const record of list.record as Node[]) seen.push(String((record.header as Node).identifier));
      const token = list.resumptionToken as Node | undefined;
      if (!token) break;
      query = new URLSearchParams({
        verb: 'ListRecords',
        resumptionToken: String(token['#text']),
      }).toString();
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(records.map((r) => r.identifier));
  });

  it('writes the record values, a deleted header and OAI errors', async () => {
    const get = async (query: string) => (await fetch(`${provider.url}?${query}`)).text();
    const one = await get(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(records[0]!.identifier)}`,
    );
    const dc = (
      (((parser.parse(one) as { 'OAI-PMH': Node })['OAI-PMH'].GetRecord as Node).record as Node)
        .metadata as Node
    )['oai_dc:dc'] as Node;
    expect(dc['dc:title']).toEqual(records[0]!.titles.map((t) => t.value));
    expect(dc['dc:description']).toEqual(records[0]!.descriptions.map((d) => d.value));
    const deleted = await get(
      `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(records[7]!.identifier)}`,
    );
    expect(deleted).toContain('<header status="deleted">');
    expect(deleted).not.toContain('<metadata>');
    expect(await get('verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01')).toContain(
      'code="noRecordsMatch"',
    );
    expect(await get('verb=ListRecords&resumptionToken=nonsense')).toContain('code="badResumptionToken"');
    expect(await get('verb=ListRecords&metadataPrefix=mods')).toContain('code="cannotDisseminateFormat"');
  });
});
