// npm run bench:harvest -- [--records 500] [--runs 3]
// Harvests a journal of N bilingual records from a local OAI-PMH fixture server (loopback, no politeness delay)
// into a fresh SQLite store, and, as the baseline measured in the same run, ingests the same records written as text
// files (titles, abstracts, keywords). Prints records/s for a first harvest, the seconds of a rerun with no change,
// and the ratio to the file ingest: medians over the runs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runHarvest } from '../lib/harvest/run-harvest';
import { runIngest } from '../lib/ingest/run-ingest';
import { makeFixtureRecords, type FixtureRecord } from '../tests/helpers/oai-fixture-records';
import { startOaiFixtureServer } from '../tests/helpers/oai-fixture-server';

const args = z
  .object({
    records: z.coerce.number().int().min(1).max(100_000).default(500),
    runs: z.coerce.number().int().min(1).max(20).default(3),
  })
  .parse(parseArgs({ options: { records: { type: 'string' }, runs: { type: 'string' } } }).values);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The record as a text file a student would save: titles, abstracts with their headings, keywords. */
function asText(record: FixtureRecord): string {
  const e = record.expected;
  const keywords = record.subjects.map((s) => s.value).join('; ');
  return [
    e.titleId,
    e.titleEn,
    record.creators.join(', '),
    'ABSTRAK',
    e.abstractId,
    `Kata kunci: ${keywords}`,
  ]
    .concat(['ABSTRACT', e.abstractEn ?? ''])
    .filter(Boolean)
    .join('\n\n');
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

const records = makeFixtureRecords(args.records, { shape: 'ojs34', seed: 1 });
const server = await startOaiFixtureServer({ records, shape: 'ojs34', pageSize: 100 });
const first: number[] = [];
const rerun: number[] = [];
const files: number[] = [];
try {
  for (let run = 0; run < args.runs; run++) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-bench-harvest-'));
    try {
      const database = path.join(root, 'harvest', 'telaah.db');
      const options = {
        url: server.url,
        format: 'oai_dc' as const,
        key: 'bench',
        database,
        client: { politenessMs: 0 },
      };
      const harvest = await timed(() => runHarvest(options));
      if (harvest.value.counts.new !== args.records)
        throw new Error(`harvested ${harvest.value.counts.new} records`);
      first.push(harvest.seconds);
      rerun.push((await timed(() => runHarvest({ ...options, full: true }))).seconds);

      const corpusDir = path.join(root, 'corpus');
      await mkdir(corpusDir);
      await Promise.all(records.map((r, i) => writeFile(path.join(corpusDir, `r${i}.txt`), asText(r))));
      const ingest = await timed(() =>
        runIngest({ corpusDir, database: path.join(root, 'files', 'telaah.db') }),
      );
      files.push(ingest.seconds);
      console.log(
        `run ${run + 1}: harvest ${harvest.seconds.toFixed(1)} s, rerun ${rerun.at(-1)?.toFixed(1)} s, ` +
          `files ${ingest.seconds.toFixed(1)} s`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
}
const perSecond = (seconds: number) => args.records / seconds;
console.log(`\n${args.records} records, median of ${args.runs} runs (SQLite, loopback):`);
console.log(
  `  first harvest          ${perSecond(median(first)).toFixed(0)} records/s (index build included)`,
);
console.log(`  rerun, nothing changed ${median(rerun).toFixed(1)} s`);
console.log(`  same texts as files    ${perSecond(median(files)).toFixed(0)} documents/s`);
console.log(`  harvest / file ingest  ${(median(files) / median(first)).toFixed(2)}x`);
