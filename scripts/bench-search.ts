// Search benchmark: `npx tsx scripts/bench-search.ts [--sizes 1000,10000,100000]`. Builds our index and an SQLite FTS5 baseline over the same
// synthetic bilingual corpus and prints build/heap/size/load and p50/p99 per query class with the ratios.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  buildSearchIndex,
  rankIndex,
  readSearchIndex,
  searchIndex,
  suggest,
  writeSearchIndex,
  type IndexableStudy,
  type SearchIndex,
} from '../lib/search';
import { buildFts } from './bench/fts';
import { mb, measure, memory, us, type Stat } from './bench/measure';
import { fixtureGlossary } from './bench/corpus-fixtures';
import { generateCorpus, rng } from './bench/synthetic';

const args = z
  .object({
    sizes: z
      .string()
      .regex(/^\d+(,\d+)*$/)
      .default('1000,10000,100000'),
  })
  .parse(
    Object.fromEntries(
      process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
    ),
  );

async function benchSize(n: number): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'telaah-bench-'));
  try {
    const t0 = performance.now();
    const corpus = generateCorpus(n);
    let documents: IndexableStudy[] | null = corpus.studies;
    corpus.studies = [];
    const genMs = performance.now() - t0;
    const before = memory();
    const t1 = performance.now();
    let built: SearchIndex | null = buildSearchIndex(documents, { glossary: fixtureGlossary });
    const buildMs = performance.now() - t1;
    await writeSearchIndex(built, dir);
    const size = (await stat(path.join(dir, 'search-index.bin'))).size;
    built = null;
    const probe = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'bench/load-probe.ts'), dir],
      { encoding: 'utf8' },
    );
    const loaded = z
      .object({ loadMs: z.number(), bytes: z.number(), rss: z.number() })
      .parse(JSON.parse(probe.stdout.trim().split('\n').pop() ?? '{}'));
    const index = await readSearchIndex(dir);
    void before;

    // Query sets: several strings per class so no single posting list stays hot in cache.
    const r = rng(7);
    const hits = (q: string) =>
      searchIndex(index, { q, filters: {}, page: 1, size: 0, language: 'all' }).total;
    const common = [
      'penelitian',
      'negara',
      'research',
      'state',
      'perdagangan',
      'organisasi',
      'trafficking',
      'human',
    ];
    // Rare: words whose stems (all languages, nasal candidates included) match only a handful of documents.
    const rareLimit = Math.max(3, n / 2000);
    const rare: string[] = [];
    for (const w of corpus.idWords.slice(2000)) {
      if (rare.length >= 20) break;
      const k = hits(w);
      if (k >= 1 && k <= rareLimit) rare.push(w);
    }
    const mid = corpus.enWords.slice(20, 200);
    const two = Array.from(
      { length: 20 },
      () => `${mid[Math.floor(r() * mid.length)]} ${mid[Math.floor(r() * mid.length)]}`,
    );
    const phrases = [
      '"perdagangan manusia"',
      '"organisasi internasional"',
      '"human trafficking"',
      '"negara korban"',
    ];
    const prefixes = ['perd', 'inter', 'org', 'kor', 'traf', 'migr', 'pen', 'adv'];
    const filtered = common.map((w, i) => ({
      q: w,
      org: corpus.orgs[i % 3]!,
      country: corpus.countries[i % 2]!,
    }));

    const req = (q: string, filters = {}) => ({ q, filters, page: 1, size: 20, language: 'all' as const });
    // Per query class, one call per query string; the same strings go to ours and to both FTS5 baselines.
    type Runs = Record<string, (() => unknown)[]>;
    const textClasses = { 'common word': common, 'rare word': rare, 'two words': two, phrase: phrases };
    const classes = (
      text: (q: string) => unknown,
      prefix: (p: string) => unknown,
      withFilters: (f: (typeof filtered)[number]) => unknown,
    ): Runs => ({
      ...Object.fromEntries(
        Object.entries(textClasses).map(([name, qs]) => [name, qs.map((q) => () => text(q))]),
      ),
      prefix: prefixes.map((p) => () => prefix(p)),
      'word + 2 filters + counts': filtered.map((f) => () => withFilters(f)),
    });
    const ours = classes(
      (q) => searchIndex(index, req(q)),
      (p) => suggest(index, p, 8),
      (f) => searchIndex(index, req(f.q, { organisation: [f.org], country: [f.country] })),
    );
    // The engine alone, like for like with FTS5's ranking: the top 20 and the total, no snippets, no facet counts.
    const oursRanking = classes(
      (q) => rankIndex(index, req(q), { counts: false }),
      (p) => suggest(index, p, 8),
      (f) => rankIndex(index, req(f.q, { organisation: [f.org], country: [f.country] }), { counts: false }),
    );
    suggest(index, 'warm'); // the FlexSearch prefix index is built on first use; measured separately below
    const t3 = performance.now();
    const fts = buildFts(documents, path.join(dir, 'fts.db'));
    const ftsBuildMs = performance.now() - t3;
    // A server does not hold the source documents; dropping them keeps the collector's pauses out of the figures.
    documents = null;
    (globalThis as { gc?: () => void }).gc?.();
    const baseline = classes(
      (q) => fts.query(q),
      (p) => fts.query(`${p}*`),
      (f) => fts.filtered(f.q, f.org, f.country),
    );
    // The same page of results as ours: snippets for the top 20 and facet counts (suggestions have neither).
    const baselinePage = classes(
      (q) => fts.page(q),
      (p) => fts.query(`${p}*`),
      (f) => fts.filteredPage(f.q, f.org, f.country),
    );
    console.log(`\n## ${n.toLocaleString('en')} documents`);
    console.log(
      `corpus generated in ${(genMs / 1000).toFixed(1)} s; build ${(buildMs / 1000).toFixed(1)} s (FTS5 ${(ftsBuildMs / 1000).toFixed(1)} s); persisted ${mb(size)}; load ${(loaded.loadMs / 1000).toFixed(2)} s (fresh process); loaded index memory ${mb(loaded.bytes)} (process RSS ${mb(loaded.rss)}); rare words match <= ${rareLimit} documents`,
    );
    const sample = searchIndex(index, req('perdagangan manusia'));
    console.log(
      `sanity: "perdagangan manusia" -> ${sample.total} hits, first snippet ${sample.hits[0]?.snippet?.html.slice(0, 80)}…`,
    );
    console.log(
      'Every word required on both sides. Ranking: the top 20 by BM25 (ours also counts the hits). Page: the top 20 with snippets and displays, the hit count and the facet counts of the hits (FTS5: snippet() and a GROUP BY over the matches). Prefix: our suggestions against an FTS5 prefix query, the same in both columns.',
    );
    console.log(
      '| query class | ours ranking p50 | FTS5 ranking p50 | ratio | ours page p50 / p99 | FTS5 page p50 / p99 | ratio |',
    );
    console.log('|---|---|---|---|---|---|---|');
    const budget = n >= 100_000 ? 8000 : 4000;
    for (const name of Object.keys(ours)) {
      const a: Stat = measure(ours[name]!, 2000, 4000);
      const r: Stat = name === 'prefix' ? a : measure(oursRanking[name]!, 2000, 4000);
      const b: Stat = measure(baseline[name]!, 300, budget);
      const c: Stat = name === 'prefix' ? b : measure(baselinePage[name]!, 300, budget);
      console.log(
        `| ${name} | ${us(r.p50)} | ${us(b.p50)} | ${(b.p50 / r.p50).toFixed(1)}x | ${us(a.p50)} / ${us(a.p99)} | ${us(c.p50)} / ${us(c.p99)} | ${(c.p50 / a.p50).toFixed(1)}x |`,
      );
    }
    fts.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const n of args.sizes.split(',').map(Number)) await benchSize(n);
