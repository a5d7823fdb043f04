// Search benchmark: `npx tsx scripts/bench-search.ts [--sizes 1000,10000,100000]`. Builds our index and an SQLite
// FTS5 baseline over the same synthetic bilingual corpus and prints build/size/load/memory and p50/p99 per query
// class at two levels (ranking, page) with the ratios; each engine's queries run in a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { buildSearchIndex, searchIndex, writeSearchIndex } from '../lib/search';
import { buildFts } from './bench/fts';
import { mb, us } from './bench/measure';
import type { QuerySet } from './bench/query-probe';
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

/** Runs a probe script in a fresh process and parses the JSON line it prints last. */
function probe<T>(script: string, args: string[], schema: z.ZodType<T>): T {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'bench', script), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return schema.parse(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}'));
}

const Timings = z.record(z.string(), z.object({ p50: z.number(), p99: z.number(), n: z.number() }));

async function benchSize(n: number): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'telaah-bench-'));
  try {
    const t0 = performance.now();
    const corpus = generateCorpus(n);
    const genMs = performance.now() - t0;
    const t1 = performance.now();
    const index = buildSearchIndex(corpus.studies, { glossary: fixtureGlossary });
    const buildMs = performance.now() - t1;
    await writeSearchIndex(index, dir);
    const size = (await stat(path.join(dir, 'search-index.bin'))).size;
    // Load time and memory of our index in a fresh process, before anything else is written.
    spawnSync('sync');
    const loaded = probe(
      'load-probe.ts',
      [dir],
      z.object({ loadMs: z.number(), textMs: z.number(), bytes: z.number(), rss: z.number() }),
    );
    const t3 = performance.now();
    buildFts(corpus.studies, path.join(dir, 'fts.db'));
    const ftsBuildMs = performance.now() - t3;

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
    const pick = () => mid[Math.floor(r() * mid.length)]!;
    const set: QuerySet = {
      classes: {
        'common word': common,
        'rare word': rare,
        'two words': Array.from({ length: 20 }, () => `${pick()} ${pick()}`),
        phrase: [
          '"perdagangan manusia"',
          '"organisasi internasional"',
          '"human trafficking"',
          '"negara korban"',
        ],
      },
      prefixes: ['perd', 'inter', 'org', 'kor', 'traf', 'migr', 'pen', 'adv'],
      filtered: common.map((q, i) => ({ q, org: corpus.orgs[i % 3]!, country: corpus.countries[i % 2]! })),
    };
    const sample = searchIndex(index, {
      q: 'perdagangan manusia',
      filters: {},
      page: 1,
      size: 20,
      language: 'all',
    });
    const queries = path.join(dir, 'queries.json');
    await writeFile(queries, JSON.stringify(set));

    // Each engine's queries in a fresh process with nothing else in its heap or caches (as a server holds only
    // its index), once the files just written are on disk.
    spawnSync('sync');
    const ours = probe('query-probe.ts', ['ours', dir, queries], Timings);
    const fts = probe('query-probe.ts', ['fts', dir, queries], Timings);

    console.log(`\n## ${n.toLocaleString('en')} documents`);
    console.log(
      `corpus generated in ${(genMs / 1000).toFixed(1)} s; build ${(buildMs / 1000).toFixed(1)} s (FTS5 ${(ftsBuildMs / 1000).toFixed(1)} s); persisted ${mb(size)}; load ${(loaded.loadMs / 1000).toFixed(2)} s (fresh process; body text in memory after ${(loaded.textMs / 1000).toFixed(2)} s); loaded index memory ${mb(loaded.bytes)} (process RSS ${mb(loaded.rss)}); rare words match <= ${rareLimit} documents`,
    );
    console.log(
      `sanity: "perdagangan manusia" -> ${sample.total} hits, first snippet ${sample.hits[0]?.snippet?.html.slice(0, 80)}…`,
    );
    console.log(
      'Every word required on both sides; each engine timed in its own fresh process. Ranking: the top 20 by BM25 (ours also counts the hits). Page: the top 20 with snippets and displays, the hit count and the facet counts of the hits (FTS5: snippet() and a GROUP BY over the matches). Prefix: our suggestions against an FTS5 prefix query, the same at both levels.',
    );
    console.log(
      '| query class | ours ranking p50 | FTS5 ranking p50 | ratio | ours page p50 / p99 | FTS5 page p50 / p99 | ratio |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const name of [...Object.keys(set.classes), 'prefix', 'word + 2 filters + counts']) {
      const [a, b] = [ours[`ranking/${name}`]!, fts[`ranking/${name}`]!];
      const [c, d] = [ours[`page/${name}`]!, fts[`page/${name}`]!];
      console.log(
        `| ${name} | ${us(a.p50)} | ${us(b.p50)} | ${(b.p50 / a.p50).toFixed(1)}x | ${us(c.p50)} / ${us(c.p99)} | ${us(d.p50)} / ${us(d.p99)} | ${(d.p50 / c.p50).toFixed(1)}x |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const n of args.sizes.split(',').map(Number)) await benchSize(n);
