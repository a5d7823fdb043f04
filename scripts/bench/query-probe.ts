// Times one engine's query classes in a fresh process that has only opened its index, as a server has: neither
// the benchmark's corpus nor the other engine shares the heap or the caches. Prints p50/p99 per class and level
// as JSON. Usage: query-probe.ts ours|fts DIR QUERIES.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { rankIndex, readSearchIndex, searchIndex, suggest, whenTextLoaded } from '../../lib/search';
import { openFts } from './fts';
import { measure, type Stat } from './measure';

export const QuerySet = z.object({
  classes: z.record(z.string(), z.array(z.string())), // text queries by class name
  prefixes: z.array(z.string()),
  filtered: z.array(z.object({ q: z.string(), org: z.string(), country: z.string() })),
});
export type QuerySet = z.infer<typeof QuerySet>;

export interface Level {
  text: (q: string) => unknown;
  prefix: (p: string) => unknown;
  filtered: (f: QuerySet['filtered'][number]) => unknown;
}
/** p50/p99 of every class at the levels given ("ranking" and "page"), keyed "level/class". */
export type Timings = Record<string, Stat>;

export function timeLevels(set: QuerySet, levels: Record<string, Level>, budgetMs: number): Timings {
  const out: Timings = {};
  for (const [level, run] of Object.entries(levels)) {
    const classes: Record<string, (() => unknown)[]> = {
      ...Object.fromEntries(
        Object.entries(set.classes).map(([name, qs]) => [name, qs.map((q) => () => run.text(q))]),
      ),
      prefix: set.prefixes.map((p) => () => run.prefix(p)),
      'word + 2 filters + counts': set.filtered.map((f) => () => run.filtered(f)),
    };
    for (const [name, calls] of Object.entries(classes))
      out[`${level}/${name}`] = measure(calls, 50_000, budgetMs);
  }
  return out;
}

async function main() {
  const [engine, dir, queries] = z
    .tuple([z.enum(['ours', 'fts']), z.string(), z.string()])
    .parse(process.argv.slice(2));
  const set = QuerySet.parse(JSON.parse(readFileSync(queries, 'utf8')));
  const req = (q: string, filters = {}) => ({ q, filters, page: 1, size: 20, language: 'all' as const });
  const byFacet = (f: QuerySet['filtered'][number]) => ({ organisation: [f.org], country: [f.country] });
  let levels: Record<string, Level>;
  let budget: number;
  if (engine === 'ours') {
    const index = await readSearchIndex(dir);
    await whenTextLoaded(index); // a server has had its body text in memory since a second after its start
    budget = 3000;
    levels = {
      // The engine alone, like for like with FTS5's ranking: the top 20 and the total, no snippets or counts.
      ranking: {
        text: (q) => rankIndex(index, req(q), { counts: false }),
        prefix: (p) => suggest(index, p, 8),
        filtered: (f) => rankIndex(index, req(f.q, byFacet(f)), { counts: false }),
      },
      page: {
        text: (q) => searchIndex(index, req(q)),
        prefix: (p) => suggest(index, p, 8),
        filtered: (f) => searchIndex(index, req(f.q, byFacet(f))),
      },
    };
  } else {
    const fts = openFts(path.join(dir, 'fts.db'));
    budget = 8000;
    levels = {
      ranking: {
        text: fts.query,
        prefix: (p) => fts.query(`${p}*`),
        filtered: (f) => fts.filtered(f.q, f.org, f.country),
      },
      page: {
        text: fts.page,
        prefix: (p) => fts.query(`${p}*`),
        filtered: (f) => fts.filteredPage(f.q, f.org, f.country),
      },
    };
  }
  console.log(JSON.stringify(timeLevels(set, levels, budget)));
}

if (process.argv[1] === import.meta.filename) await main();
