import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { searchIndex, type SearchIndex } from '@/lib/search';
import type { SearchRequest } from '@/lib/search/types';
import { makeWorkspace } from '../helpers/temp-corpus';

// The Search issue's relevance checks, on the real corpus as the ingest stores and indexes it.
describe('search relevance on the ingested corpus', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let index: SearchIndex;
  const run = (q: string, extra: Partial<SearchRequest> = {}) =>
    searchIndex(index, { q, filters: {}, page: 1, size: 20, language: 'all', ...extra });
  const ids = (q: string, extra: Partial<SearchRequest> = {}) =>
    run(q, extra)
      .hits.map((h) => h.id.slice(0, 3))
      .sort();

  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    index = await ws.readIndex();
  });
  afterAll(() => ws.cleanup());

  it('"penanganan" finds 003 and 004 (Indonesian stemming)', () => {
    expect(ids('penanganan')).toEqual(expect.arrayContaining(['003', '004']));
  });

  it('"human trafficking" finds all four, across languages', () => {
    expect(ids('human trafficking')).toEqual(['000', '001', '003', '004']);
  });

  it('"Philippines" and "Filipina" both find 000 and 001 and nothing else', () => {
    expect(ids('Philippines')).toEqual(['000', '001']);
    expect(ids('Filipina')).toEqual(['000', '001']);
  });

  it('"TAN" and "transnational advocacy" find 000', () => {
    expect(ids('TAN')).toContain('000');
    expect(run('transnational advocacy').hits[0]?.id.slice(0, 3)).toBe('000');
  });

  it('"Clive Archer" finds 004 first', () => {
    expect(run('Clive Archer').hits[0]?.id.slice(0, 3)).toBe('004');
  });

  it('the phrase "agenda setter" finds 001', () => {
    expect(ids('"agenda setter"')).toEqual(['001']);
  });

  it('a typo, "perdagangn", still finds the trafficking studies', () => {
    expect(ids('perdagangn')).toEqual(expect.arrayContaining(['003', '004']));
  });

  it('facet counts for "trafficking" add up to the hit count', () => {
    const result = run('trafficking');
    expect(result.total).toBeGreaterThan(0);
    for (const facet of ['kind'] as const) {
      expect(result.facets[facet].reduce((sum, f) => sum + f.count, 0)).toBe(result.total);
    }
    const organisations = result.facets.organisation.reduce((sum, f) => sum + f.count, 0);
    expect(organisations).toBe(result.total); // every study has exactly one subject organisation
  });

  it('facets combine with the query: IOM studies among the trafficking hits', () => {
    expect(ids('trafficking', { filters: { organisation: ['iom'] } })).toEqual(['003', '004']);
    expect(ids('trafficking', { filters: { organisation: ['iom'], period: ['2023'] } })).toEqual(['003']);
  });

  it('the language switch searches one language only', () => {
    // "globalisasi" is only in 004's Indonesian body.
    expect(ids('globalisasi', { language: 'id' })).toEqual(['004']);
    expect(ids('globalisasi', { language: 'en' })).not.toContain('004');
    // Cross-language matching still applies inside the chosen language's fields.
    expect(ids('Filipina', { language: 'en' })).toEqual(['000', '001']);
  });

  it('"peringkat" and "Tier 1" find the Tier 1 studies only, not every study through meningkatkan', () => {
    expect(ids('peringkat')).toEqual(['000', '001']);
    expect(ids('Tier 1')).toEqual(['000', '001']);
  });

  it('"trafficking -IOM" leaves the IOM studies out; OR and AND are operators', () => {
    expect(ids('trafficking -IOM')).toEqual(['000', '001']);
    expect(ids('Saragih OR Amalia')).toEqual(['003', '004']);
    expect(ids('IOM AND Filipina')).toEqual(ids('IOM Filipina'));
  });

  it('authors and the journal are searchable, alone and with a field', () => {
    expect(ids('Saragih')).toEqual(['004']);
    expect(ids('author:"Eriston Saragih"')).toEqual(['004']);
    expect(ids('DIKSHI')).toEqual(['001']);
    expect(ids('venue:DIKSHI')).toEqual(['001']);
  });
});
