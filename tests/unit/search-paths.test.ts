import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchIndex, type SearchRequest } from '@/lib/search';
import { planQuery } from '@/lib/search/plan';
import { generateCorpus } from '../../scripts/bench/synthetic';

// The engine takes different paths for the same answer (one term without filters; every clause from the rarest;
// filtered documents as candidates). A filter every synthetic study passes forces the general path, so both must
// give the same total, facet counts and scores.
let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(generateCorpus(2000, 11).studies);
});
const everyStudy = { language: ['id', 'en'] };
const run = (q: string, more: Partial<SearchRequest> = {}) =>
  searchIndex(index, { q, filters: {}, page: 1, size: 20, language: 'all', ...more });

describe('search paths agree', () => {
  it.each(['negara', 'research', 'trafficking', 'korban', 'policy'])('one common term: "%s"', (q) => {
    const fast = run(q);
    const general = run(q, { filters: everyStudy });
    expect(fast.total).toBeGreaterThan(100);
    expect(fast.total).toBe(general.total);
    expect(fast.facets).toEqual(general.facets);
    expect(fast.hits.map((h) => h.score)).toEqual(general.hits.map((h) => h.score));
    // Above the lowest score on the page the documents are the same; at it, ties may be broken differently.
    const bar = fast.hits[fast.hits.length - 1]!.score;
    const above = (r: typeof fast) => r.hits.filter((h) => h.score > bar).map((h) => h.id);
    expect(above(fast)).toEqual(above(general));
  });

  it('pages continue the same order', () => {
    const first = run('negara', { size: 10 });
    const second = run('negara', { size: 10, page: 2 });
    const both = run('negara', { size: 20 });
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(both.hits.map((h) => h.id));
  });

  it('every word required: filters as candidates or the rarest clause first give the same hits', () => {
    for (const q of ['negara korban', 'research policy trafficking', '"perdagangan manusia" kebijakan']) {
      const plain = run(q, { size: 100 });
      const filtered = run(q, { size: 100, filters: everyStudy });
      expect(plain.match).toBe('all');
      expect(filtered.total).toBe(plain.total);
      expect(filtered.facets).toEqual(plain.facets);
      expect(filtered.hits.map((h) => h.score)).toEqual(plain.hits.map((h) => h.score));
    }
  });

  it('a narrow filter drives the search and keeps only its studies', () => {
    const all = run('negara', { size: 100 });
    const iom = run('negara', { size: 100, filters: { organisation: ['iom'], country: ['ph'] } });
    expect(iom.total).toBeGreaterThan(0);
    expect(iom.total).toBeLessThan(all.total);
    expect(iom.facets.organisation.find((v) => v.value === 'iom')!.count).toBe(iom.total);
    expect(iom.facets.country).toEqual([{ value: 'ph', count: iom.total }]);
  });

  it('one term: precomputed champions and the impact histogram give the exact (impact, document) order', () => {
    const term = index.termIds.get('id:negara')!;
    expect(Array.from(index.champions.terms)).toContain(term);
    const entries = [];
    for (let e = index.termStart[term]!; e < index.termStart[term + 1]!; e++) entries.push(e);
    const oracle = entries
      .sort((a, b) => index.postImpact[b]! - index.postImpact[a]! || a - b)
      .map((e) => index.ids[index.postDocs[e]!]);
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id);
    expect(ids(run('negara', { size: 20 }))).toEqual(oracle.slice(0, 20)); // champions (k <= 200)
    expect(ids(run('negara', { size: 100, page: 3 }))).toEqual(oracle.slice(200, 300)); // histogram (k = 300)
  });

  it('one rare term: its short list through the heap gives the same (impact, document) order', () => {
    // A term in a few dozen studies that a query for its own text analyses to, alone.
    const term = index.terms.findIndex((t, i) => {
      const df = index.termStart[i + 1]! - index.termStart[i]!;
      if (!t.startsWith('id:') || df < 25 || df > 60) return false;
      const slots = planQuery(index, t.slice(3), 'all').atoms.flatMap((a) => a.slots);
      return slots.length === 1 && slots[0]!.terms.length === 1 && slots[0]!.terms[0] === i;
    });
    expect(term).toBeGreaterThanOrEqual(0);
    const word = index.terms[term]!.slice(3);
    const plan = run(word, { size: 0 });
    expect(plan.total).toBe(index.termStart[term + 1]! - index.termStart[term]!);
    const entries = [];
    for (let e = index.termStart[term]!; e < index.termStart[term + 1]!; e++) entries.push(e);
    const oracle = entries
      .sort((a, b) => index.postImpact[b]! - index.postImpact[a]! || a - b)
      .map((e) => index.ids[index.postDocs[e]!]);
    expect(run(word, { size: 20 }).hits.map((h) => h.id)).toEqual(oracle.slice(0, 20));
  });
});
