import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchRequest } from '@/lib/search';
import { fixtureGlossary, fixtureStudies } from '../../scripts/bench/corpus-fixtures';

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(fixtureStudies, { glossary: fixtureGlossary });
});
const run = (q: string, more: Partial<SearchRequest> = {}) =>
  searchIndex(index, { q, filters: {}, page: 1, size: 10, language: 'all', ...more });
const ids = (q: string, more: Partial<SearchRequest> = {}) => run(q, more).hits.map((h) => h.id);

describe('search relevance on the corpus fixtures', () => {
  it('"penanganan" finds 003 and 004 (stemming across affixes)', () => {
    expect(ids('penanganan')).toEqual(expect.arrayContaining(['003', '004']));
  });

  it('"human trafficking" finds all four, through the glossary for Indonesian-only matches', () => {
    const r = run('human trafficking');
    expect(r.hits.map((h) => h.id).sort()).toEqual(['000', '001', '003', '004']);
    expect(r.query.expanded).toContain('perdagangan manusia');
  });

  it('"Philippines" and "Filipina" both find 000 and 001 and nothing else', () => {
    expect(ids('Philippines').sort()).toEqual(['000', '001']);
    expect(ids('Filipina').sort()).toEqual(['000', '001']);
  });

  it('"TAN" and "transnational advocacy" find 000 first', () => {
    expect(ids('TAN')[0]).toBe('000');
    expect(ids('transnational advocacy')[0]).toBe('000');
  });

  it('"TPPO" finds studies about trafficking in persons', () => {
    expect(ids('TPPO')).toEqual(expect.arrayContaining(['000', '003', '004']));
  });

  it('"Clive Archer" finds 004 first', () => {
    expect(ids('Clive Archer')[0]).toBe('004');
  });

  it('a quoted phrase needs adjacency: "agenda setter" finds 001 only', () => {
    expect(ids('"agenda setter"')).toEqual(['001']);
    expect(ids('"setter agenda"')).toEqual([]);
  });

  it('tolerates one typo in longer words', () => {
    const r = run('perdagangn');
    expect(r.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['000', '003', '004']));
    expect(r.query.expanded).toContain('perdagangan');
    expect(run('iomm').total).toBe(0); // short words get no typo tolerance
  });

  it('needs every word by default; "any" ranks documents containing all words first', () => {
    const all = run('Clive migration');
    expect(all.match).toBe('all');
    expect(all.hits.map((h) => h.id)).toEqual(['004']);
    const any = run('Clive migration', { match: 'any' });
    expect(any.match).toBe('any');
    expect(any.hits[0]!.id).toBe('004');
    expect(any.total).toBeGreaterThan(1);
  });

  it('falls back to any word when no document has them all', () => {
    const r = run('Clive OSEC');
    expect(r.match).toBe('any');
    expect(r.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['000', '004']));
  });

  it('ranks title matches above body matches', () => {
    const tiny = buildSearchIndex([
      {
        ...fixtureStudies[3]!,
        id: 'body',
        title: { en: 'A study' },
        abstract: { en: 'Nothing here.' },
        keywords: { id: [], en: [] },
        sections: [
          {
            heading: 'Body',
            language: 'en',
            text: 'Refugees and refugees everywhere in this long body section.',
          },
        ],
      },
      {
        ...fixtureStudies[3]!,
        id: 'title',
        title: { en: 'Refugees' },
        abstract: { en: 'Nothing here.' },
        keywords: { id: [], en: [] },
        sections: [],
      },
    ]);
    expect(
      searchIndex(tiny, { q: 'refugee', filters: {}, page: 1, size: 5, language: 'all' }).hits.map(
        (h) => h.id,
      ),
    ).toEqual(['title', 'body']);
  });

  it('the language switch restricts matching to one language', () => {
    expect(ids('menangani', { language: 'en' })).toEqual([]);
    expect(ids('menangani', { language: 'id' }).length).toBeGreaterThan(0);
    // Cross-language expansion still works into the chosen language.
    expect(ids('Philippines', { language: 'id' }).sort()).toEqual(['000', '001']);
  });

  it('pages through results', () => {
    const all = ids('human trafficking');
    const p2 = run('human trafficking', { page: 2, size: 2 }).hits.map((h) => h.id);
    expect(p2).toEqual(all.slice(2, 4));
  });
});

describe('phrases of frequent words (pair table)', () => {
  // 120 documents so that "alpha" and "beta" are frequent enough for the pair table.
  const docs = Array.from({ length: 120 }, (_, i) => ({
    ...fixtureStudies[3]!,
    id: `p${i}`,
    title: { en: `Report ${i}` },
    abstract: {
      en: i % 3 === 0 ? 'alpha beta gamma delta' : i % 3 === 1 ? 'beta alpha gamma' : 'alpha gamma beta',
    },
    keywords: { id: [], en: [] },
    sections: [],
  }));
  it('finds exactly the documents where the words are adjacent and in order', () => {
    const ix = buildSearchIndex(docs);
    expect(ix.bigrams.pairFirst.length).toBeGreaterThan(0);
    const r = searchIndex(ix, { q: '"alpha beta"', filters: {}, page: 1, size: 100, language: 'en' });
    expect(r.total).toBe(40);
    expect(r.hits.every((h) => Number(h.id.slice(1)) % 3 === 0)).toBe(true);
    expect(r.hits[0]!.snippet!.html).toContain('<mark>alpha</mark> <mark>beta</mark>');
    expect(searchIndex(ix, { q: '"gamma alpha"', filters: {}, page: 1, size: 5, language: 'en' }).total).toBe(
      0,
    );
    expect(searchIndex(ix, { q: '"beta alpha"', filters: {}, page: 1, size: 5, language: 'en' }).total).toBe(
      40,
    );
  });
});
