import { describe, expect, it } from 'vitest';
import { identifierIn } from '@/lib/harvest/identifier-in';
import { cutRecords, readOaiPage } from '@/lib/harvest/oai-page';
import { readRecord, RecordError } from '@/lib/harvest/oai-dc-record';

const record = (id: string, description = 'Sebuah abstrak.') =>
  `<record><header><identifier>${id}</identifier><datestamp>2024-05-01</datestamp><setSpec>jhi:ART</setSpec></header>` +
  `<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
  `<dc:title xml:lang="id">Judul ${id}</dc:title><dc:title xml:lang="en">Title ${id}</dc:title>` +
  `<dc:description>${description}</dc:description><dc:source>0123</dc:source></oai_dc:dc></metadata></record>`;
const page = (records: string, token = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="oai2.xsl"?>\n` +
  `<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-12-01T10:00:00Z</responseDate>` +
  `<request verb="ListRecords">https://j.example/oai</request><ListRecords>${records}${token}</ListRecords></OAI-PMH>`;

describe('reading an OAI-PMH page', () => {
  it('reads the date, the records and the token with its cursor and list size', () => {
    const read = readOaiPage(
      page(
        record('a') + record('b'),
        '<resumptionToken cursor="0" completeListSize="250">t1</resumptionToken>',
      ),
    );
    expect(read).toMatchObject({ responseDate: '2026-12-01T10:00:00Z', malformed: null, truncated: false });
    expect(read.records).toHaveLength(2);
    expect(read.token).toEqual({ value: 't1', cursor: 0, completeListSize: 250, expirationDate: null });
  });

  it('tells the last page (an empty token) from a list that fits one page (no token)', () => {
    expect(
      readOaiPage(page(record('a'), '<resumptionToken completeListSize="1" cursor="0"/>')).token?.value,
    ).toBe('');
    expect(readOaiPage(page(record('a'))).token).toBeNull();
  });

  it('reads a page that is not well-formed record by record, naming the bad one, and keeps its token', () => {
    const read = readOaiPage(
      page(record('good') + record('bad', 'x < y'), '<resumptionToken cursor="0">next</resumptionToken>'),
    );
    expect(read.malformed).toMatch(/line/);
    expect(read.truncated).toBe(false);
    expect(read.records.map((r) => r.problem === null)).toEqual([true, false]);
    expect(identifierIn(read.records[1]?.xml ?? '')).toBe('bad');
    expect(read.token?.value).toBe('next');
  });

  it('knows a response that was cut off', () => {
    const whole = page(record('a') + record('b'));
    const read = readOaiPage(whole.slice(0, whole.indexOf('<record><header><identifier>b') + 40));
    expect(read.truncated).toBe(true);
    expect(read.records).toHaveLength(1);
  });

  it('reads protocol errors', () => {
    const xml = page('').replace(
      /<ListRecords>.*<\/ListRecords>/,
      '<error code="badResumptionToken">The token has expired</error>',
    );
    expect(readOaiPage(xml).errors).toEqual([
      { code: 'badResumptionToken', message: 'The token has expired' },
    ]);
  });

  it('cuts records with a prefix and counts nested records of the same name', () => {
    const xml = '<oai:record><a/><oai:record>inner</oai:record></oai:record><oai:record>two</oai:record>';
    expect(cutRecords(xml)).toEqual([
      '<oai:record><a/><oai:record>inner</oai:record></oai:record>',
      '<oai:record>two</oai:record>',
    ]);
  });
});

describe('reading a record', () => {
  it('keeps xml:lang, leaves values as strings, reads the sets', () => {
    const read = readRecord(record('oai:j:1'));
    expect(read.identifier).toBe('oai:j:1');
    expect(read.sets).toEqual(['jhi:ART']);
    expect(read.metadata?.title).toEqual([
      { value: 'Judul oai:j:1', lang: 'id' },
      { value: 'Title oai:j:1', lang: 'en' },
    ]);
    expect(read.metadata?.source).toEqual([{ value: '0123', lang: null }]);
  });

  it('accepts the dcterms namespace and any prefix', () => {
    const xml = record('x')
      .replace('xmlns:dc="http://purl.org/dc/elements/1.1/"', 'xmlns:dcterms="http://purl.org/dc/terms/"')
      .replace(/dc:(title|description|source)/g, 'dcterms:$1');
    expect(readRecord(xml).metadata?.title).toHaveLength(2);
  });

  it('reads a deleted record without metadata', () => {
    const xml =
      '<record><header status="deleted"><identifier>oai:j:9</identifier><datestamp>2024-01-01</datestamp></header></record>';
    expect(readRecord(xml)).toMatchObject({ identifier: 'oai:j:9', deleted: true, metadata: null });
  });

  it('strips markup a repository escaped into a value', () => {
    const read = readRecord(record('h', '&lt;p&gt;Satu&amp;nbsp;dua&lt;/p&gt;&lt;p&gt;tiga&lt;/p&gt;'));
    expect(read.metadata?.description[0]?.value).toBe('Satu dua tiga');
  });

  it('refuses a record with no title, or no identifier, naming what is missing', () => {
    expect(() => readRecord(record('t').replace(/<dc:title[^>]*>[^<]*<\/dc:title>/g, ''))).toThrow(
      new RecordError('t', 'the record has no title (dc:title)'),
    );
    expect(() => readRecord(record('').replace('<identifier></identifier>', ''))).toThrow(/no identifier/);
  });
});
