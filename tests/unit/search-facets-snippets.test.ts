import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildSearchIndex,
  closeSearchIndex,
  readSearchIndex,
  whenTextLoaded,
  searchIndex,
  writeSearchIndex,
  type SearchIndex,
  type SearchRequest,
} from '@/lib/search';
import { fixtureGlossary, fixtureStudies } from '../../scripts/bench/corpus-fixtures';

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(fixtureStudies, { glossary: fixtureGlossary });
});
const run = (q: string, more: Partial<SearchRequest> = {}) =>
  searchIndex(index, { q, filters: {}, page: 1, size: 10, language: 'all', ...more });
const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);

describe('search facets', () => {
  it('counts for "trafficking" add up to the hit count', () => {
    const r = run('trafficking');
    expect(r.total).toBeGreaterThan(0);
    expect(sum(r.facets.kind)).toBe(r.total);
    expect(sum(r.facets.year)).toBe(r.total);
    expect(sum(r.facets.organisation)).toBe(r.total);
  });

  it('filters combine with the query and with each other, and counts follow', () => {
    const iom = run('human trafficking', { filters: { organisation: ['iom'] } });
    expect(iom.hits.map((h) => h.id).sort()).toEqual(['003', '004']);
    expect(iom.facets.organisation).toEqual([{ value: 'iom', count: 2 }]);
    const both = run('human trafficking', { filters: { organisation: ['iom'], year: ['2023'] } });
    expect(both.hits.map((h) => h.id)).toEqual(['004']);
    const either = run('', { filters: { organisation: ['iom', 'ijm'], country: ['ph'] } });
    expect(either.total).toBe(2);
    expect(run('trafficking', { filters: { organisation: ['nobody'] } }).total).toBe(0);
  });

  it('a period filter takes decades or a year inside the studied period', () => {
    expect(
      run('', { filters: { period: ['2010s'] } })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['000', '001', '004']);
    expect(
      run('', { filters: { period: ['2015'] } })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['001']);
    expect(
      run('', { filters: { period: ['2018'] } })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['000', '001', '004']);
    expect(
      run('', { filters: { period: ['2024'] } })
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['003']);
  });

  it('an empty query browses everything with global counts', () => {
    const r = run('');
    expect(r.total).toBe(4);
    expect(r.facets.country).toEqual([
      { value: 'id', count: 2 },
      { value: 'ph', count: 2 },
    ]);
    expect(r.hits[0]!.snippet).toBeNull();
  });
});

describe('search snippets', () => {
  it('marks stemmed matches and labels the section', () => {
    const hit = run('penanganan').hits.find((h) => h.id === '004')!;
    expect(hit.snippet!.section).toMatch(/Abstrak|KERANGKA TEORI|Judul/);
    expect(hit.snippet!.html).toMatch(/<mark>menangani<\/mark>/i);
  });

  it('marks cross-language matches', () => {
    const hit = run('Philippines', { language: 'id' }).hits[0]!;
    expect(hit.snippet!.html).toContain('<mark>Filipina</mark>');
  });

  it('escapes HTML from the documents', () => {
    const evil = buildSearchIndex([
      { ...fixtureStudies[2]!, id: 'x', abstract: { en: 'Trafficking <script>alert("x")</script> & more' } },
    ]);
    const html = searchIndex(evil, { q: 'trafficking', filters: {}, page: 1, size: 5, language: 'en' })
      .hits[0]!.snippet!.html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp; more');
    expect(html).toContain('<mark>Trafficking</mark>');
  });

  it('labels keyword matches', () => {
    const hit = run('handling', { language: 'en' }).hits.find((h) => h.id === '003')!;
    expect(['Keywords', 'Abstract', 'Title']).toContain(hit.snippet!.section);
  });

  it('shows the passage deep in a long multibyte section, read from the token marks', async () => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? `kebijakán${i}` : `kata${i}`));
    words[250] = 'Kemitraan';
    const long = {
      ...fixtureStudies[2]!,
      id: 'long',
      sections: [{ heading: 'PEMBAHASAN', language: 'id' as const, text: words.join(' — ') }],
    };
    const dir = await mkdtemp(path.join(tmpdir(), 'telaah-snippet-'));
    try {
      await writeSearchIndex(buildSearchIndex([long]), dir);
      const loaded = await readSearchIndex(dir);
      await whenTextLoaded(loaded);
      // Body text beyond the budget is read from the file for each snippet that shows it.
      const onDisk = await readSearchIndex(dir, { textBudget: 0 });
      const built = buildSearchIndex([long]);
      for (const ix of [built, loaded, onDisk]) {
        const snippet = searchIndex(ix, { q: 'kemitraan', filters: {}, page: 1, size: 1, language: 'id' })
          .hits[0]!.snippet!;
        expect(snippet.section).toBe('PEMBAHASAN');
        // Six words of context before the match, the window after it, ellipses on both sides.
        expect(snippet.html).toMatch(/^… kata244 — kebijakán245 — kata246 — /);
        expect(snippet.html).toContain('<mark>Kemitraan</mark> — kata251');
        expect(snippet.html.endsWith(' …')).toBe(true);
      }
      await closeSearchIndex(loaded);
      await closeSearchIndex(onDisk);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
