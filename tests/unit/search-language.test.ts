import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchRequest } from '@/lib/search';
import { fixtureGlossary, fixtureStudies } from '../../scripts/bench/corpus-fixtures';

// The fixtures with the authors, venues and years the corpus studies carry.
const extra: Record<string, { authors: string[]; venue: string | null; year: number | null }> = {
  '000': { authors: [], venue: null, year: null },
  '001': { authors: ['A.A.A.K. Devi', 'N.W.R. Priadarsini'], venue: 'DIKSHI', year: 2024 },
  '003': { authors: ['Nurul Aida Amalia'], venue: null, year: 2025 },
  '004': { authors: ['Eriston Saragih', 'Alfajri'], venue: 'Jurnal Hubungan Internasional', year: 2023 },
};

let index: SearchIndex;
beforeAll(() => {
  const studies = fixtureStudies.map((s) => ({
    ...s,
    authors: extra[s.id]!.authors,
    venue: extra[s.id]!.venue,
    facets: { ...s.facets, year: extra[s.id]!.year },
  }));
  index = buildSearchIndex(studies, { glossary: fixtureGlossary });
});
const run = (q: string, more: Partial<SearchRequest> = {}) =>
  searchIndex(index, { q, filters: {}, page: 1, size: 10, language: 'all', ...more });
const ids = (q: string, more: Partial<SearchRequest> = {}) =>
  run(q, more)
    .hits.map((h) => h.id)
    .sort();

describe('the search language in the engine', () => {
  it('trafficking -IOM excludes the IOM studies', () => {
    expect(ids('trafficking')).toEqual(expect.arrayContaining(['003', '004']));
    const without = ids('trafficking').filter((id) => id !== '003' && id !== '004');
    expect(without.length).toBeGreaterThan(0);
    expect(ids('trafficking -IOM')).toEqual(without);
    expect(run('trafficking -IOM').query.terms).toEqual(['trafficking']);
  });

  it('an exclusion alone leaves every other study; one that matches nothing leaves all', () => {
    expect(ids('-IOM')).toEqual(['000', '001']);
    expect(ids('-zzzzqqq')).toEqual(['000', '001', '003', '004']);
  });

  it('-"phrase" excludes only the phrase', () => {
    expect(ids('"agenda setter"')).toEqual(['001']);
    expect(ids('IJM -"agenda setter"')).not.toContain('001');
    expect(ids('IJM -"agenda setter"').length).toBeGreaterThan(0);
  });

  it('OR finds either; AND and OR are never searched as words', () => {
    expect(ids('Saragih OR Amalia')).toEqual(['003', '004']);
    expect(ids('Saragih AND Amalia')).toEqual(ids('Saragih Amalia'));
    expect(run('IOM OR IJM').query.terms).toEqual(['iom', 'ijm']);
  });

  it('authors and venues are searchable as words', () => {
    expect(ids('Saragih')).toEqual(['004']);
    expect(ids('DIKSHI')).toEqual(['001']);
    expect(ids('Priadarsini')).toEqual(['001']);
  });

  it('field prefixes restrict to the field', () => {
    expect(ids('author:Saragih')).toEqual(['004']);
    expect(ids('author:"Eriston Saragih"')).toEqual(['004']);
    expect(ids('author:"Saragih Eriston"')).toEqual([]);
    expect(ids('venue:DIKSHI')).toEqual(['001']);
    // "Filipina" is in 000's and 001's titles, but in no keyword of 000.
    expect(ids('title:Filipina')).toEqual(['000', '001']);
    expect(ids('author:Filipina')).toEqual([]);
    expect(ids('trafficking -author:Saragih')).not.toContain('004');
  });

  it('sorts by publication year, unknown years last, and filters by a year range', () => {
    expect(run('', { sort: 'newest' }).hits.map((h) => h.id)).toEqual(['003', '001', '004', '000']);
    expect(run('', { sort: 'oldest' }).hits.map((h) => h.id)).toEqual(['004', '001', '003', '000']);
    expect(ids('', { year: { from: 2024 } })).toEqual(['001', '003']);
    expect(ids('trafficking', { year: { from: 2023, to: 2023 } })).toEqual(['004']);
    expect(run('', { year: { to: 2024 }, sort: 'newest', size: 1, page: 2 }).hits.map((h) => h.id)).toEqual([
      '004',
    ]);
  });

  it('filters by an overlapping studied period', () => {
    const all = run('', { size: 10 });
    const withPeriod = all.hits.filter((h) => index.facets.periodFrom[index.ids.indexOf(h.id)]! >= 0);
    expect(withPeriod.length).toBeGreaterThan(0);
    expect(ids('', { period: { from: 1000, to: 1001 } })).toEqual([]);
    expect(ids('', { period: { from: 1900, to: 2100 } })).toEqual(withPeriod.map((h) => h.id).sort());
  });

  it('a query that finds nothing offers a corrected query from the index vocabulary, if that finds something', () => {
    // Two edits from "trafficking": more than the one-edit typo expansion finds by itself.
    const r = run('trafikking');
    expect(r.total).toBe(0);
    expect(r.didYouMean).toBe('trafficking');
    expect(run(r.didYouMean!).total).toBeGreaterThan(0);
    expect(run('zzzzqqq').didYouMean).toBeNull();
    expect(run('trafficking').didYouMean).toBeNull();
  });
});
