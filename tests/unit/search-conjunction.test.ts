import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, rankIndex, searchIndex, type SearchIndex, type SearchRequest } from '@/lib/search';
import { planQuery } from '@/lib/search/plan';
import { find, idf } from '@/lib/search/postings';
import { generateCorpus, rng } from '../../scripts/bench/synthetic';

// Every word required, checked against a brute-force oracle that scores every document from the postings. The
// engine answers such queries by ANDing bitsets (many candidates), one document at a time (a rare word leads) or
// clause by clause (a phrase is involved); whichever it takes, totals, facet counts and scores must be the oracle's.
let index: SearchIndex;
let corpus: ReturnType<typeof generateCorpus>;
beforeAll(() => {
  corpus = generateCorpus(2000, 5);
  index = buildSearchIndex(corpus.studies);
});

const request = (q: string, filters: SearchRequest['filters'] = {}): SearchRequest => ({
  q,
  filters,
  page: 1,
  size: 30,
  language: 'all',
});

/** Word-only queries: the documents with every clause, their scores and facet counts, by brute force. */
function oracle(q: string, filters: SearchRequest['filters'] = {}) {
  const plan = planQuery(index, q, 'all');
  const impact = (term: number, doc: number) => {
    for (let e = index.termStart[term]!; e < index.termStart[term + 1]!; e++)
      if (index.postDocs[e] === doc) return index.postImpact[e]!;
    return 0;
  };
  const { values, docValStart, docVals } = index.facets;
  const hits: { doc: number; score: number }[] = [];
  const counts = new Map<string, number>();
  for (let doc = 0; doc < index.docCount; doc++) {
    const own = Array.from(docVals.subarray(docValStart[doc]!, docValStart[doc + 1]!), (v) => values[v]!);
    const passes = Object.entries(filters).every(([k, vs]) =>
      own.some(([fk, v]) => fk === k && vs!.includes(v)),
    );
    if (!passes) continue;
    let bits = 0;
    let score = 0;
    for (const atom of plan.atoms)
      for (const term of atom.slots[0]!.terms) {
        const i = impact(term, doc);
        if (i === 0) continue;
        bits |= atom.bits;
        score += (atom.weight * idf(index, term) * i) / 255;
      }
    if (bits !== 2 ** plan.clauses - 1) continue;
    hits.push({ doc, score });
    for (const [k, v] of own) counts.set(`${k}:${v}`, (counts.get(`${k}:${v}`) ?? 0) + 1);
  }
  return { hits: hits.sort((a, b) => b.score - a.score || a.doc - b.doc), counts };
}

function expectOracle(q: string, filters: SearchRequest['filters'] = {}) {
  const expected = oracle(q, filters);
  const got = searchIndex(index, request(q, filters));
  expect(got.match).toBe('all');
  expect(got.total).toBe(expected.hits.length);
  const counts = new Map(
    Object.entries(got.facets).flatMap(([k, vs]) => vs.map((v) => [`${k}:${v.value}`, v.count] as const)),
  );
  expect(counts).toEqual(expected.counts);
  // Exact keys (float32 sums) against the oracle's float64 sums; near ties may be broken either way.
  const { ranked } = rankIndex(index, request(q, filters));
  const top = expected.hits.slice(0, ranked.length);
  ranked.forEach((r, i) => expect(r.key).toBeCloseTo(top[i]!.score, 5));
  const bar = ranked[ranked.length - 1]!.key + 1e-5;
  const clear = (hits: { doc: number }[], scores: number[]) =>
    hits
      .filter((_, i) => scores[i]! > bar)
      .map((h) => h.doc)
      .sort();
  expect(
    clear(
      ranked,
      ranked.map((r) => r.key),
    ),
  ).toEqual(
    clear(
      top,
      top.map((h) => h.score),
    ),
  );
  return got;
}

describe('every word required, against a brute-force oracle', () => {
  it('frequent words: bitsets', () => {
    expect(expectOracle('negara korban').total).toBeGreaterThan(100);
    expectOracle('research policy trafficking');
  });

  it('a rare word leads: one document at a time', () => {
    const rare = corpus.idWords
      .slice(300)
      .find((w) => searchIndex(index, request(w)).total >= 3 && searchIndex(index, request(w)).total <= 40)!;
    expect(rare).toBeDefined();
    expect(expectOracle(`${rare} negara`).total).toBeGreaterThan(0);
    expect(expectOracle(`negara ${rare} korban`).total).toBeGreaterThan(0);
  });

  it('with filters, as candidates or as a bitset', () => {
    const org = corpus.orgs[0]!;
    expectOracle('negara korban', { organisation: [org] });
    expectOracle('negara', { organisation: [org], country: [corpus.countries[1]!] });
    expectOracle('research policy', { language: ['id', 'en'] });
  });

  it('ranking without facet counts gives the same order', () => {
    for (const q of ['negara korban', 'negara', 'research policy trafficking']) {
      const full = rankIndex(index, request(q));
      const bare = rankIndex(index, request(q), { counts: false });
      expect(bare.counts).toBeNull();
      expect(bare.total).toBe(full.total);
      expect(bare.ranked).toEqual(full.ranked);
    }
  });
});

describe('find: the first entry at or after a document, from a guess', () => {
  it('agrees with a linear scan on lists of every density', () => {
    const random = rng(3);
    for (const density of [0.001, 0.05, 0.5, 1]) {
      const N = 5000;
      const docs = Uint32Array.from({ length: N }, (_, d) => d).filter(() => random() < density);
      // Padding on both sides: the list is a slice of the postings, as in the index.
      const padded = Uint32Array.from([7, 9, ...docs, 3, 1]);
      const lo = 2;
      const hi = 2 + docs.length;
      for (let doc = 0; doc <= N; doc += 7) {
        let expected = lo;
        while (expected < hi && padded[expected]! < doc) expected++;
        expect(find(padded, lo, hi, doc, N)).toBe(expected);
      }
    }
  });
});
