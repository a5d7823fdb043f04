// npm run harvest -- --url ENDPOINT [--set SET] [--from DATE] [--format oai_dc] [--key KEY] [--name NAME]
//                    [--full] [--max-records N] [--max-seconds S] [--delay-ms MS] [--database FILE|URL]
// npm run harvest -- --sources FILE   (every source of a sources file; corpus/harvest-sources.yaml by default)
// Exit codes: 0 harvested to the end with no failed record; 2 some records or pages failed, or the run stopped
// early (what it stored is kept); 1 the run could not start.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeStorageError } from '../lib/db/storage-errors';
import { databaseLocation, readEnv } from '../lib/env';
import { HARVEST_SOURCES_FILE } from '../lib/ingest/corpus-files';
import { harvestSourceSchema, readHarvestSources, type HarvestSource } from '../lib/harvest/harvest-sources';
import { describeHarvest, describeProblem, harvestExitCode } from '../lib/harvest/harvest-report';
import { vocabularyProblem } from '../lib/vocabulary/vocabularies';

const USAGE =
  'usage: npm run harvest -- --url ENDPOINT [--set SET] [--from YYYY-MM-DD] [--format oai_dc] [--key KEY] ' +
  '[--name NAME] [--full] [--max-records N] [--max-seconds S] [--delay-ms MS] [--database FILE|URL]\n' +
  '       npm run harvest -- --sources FILE';

const count = z.coerce.number().int().positive();
const argsSchema = z.object({
  database: z.string().min(1),
  sources: z.string().min(1).optional(),
  full: z.boolean().default(false),
  'max-records': count.optional(),
  'max-seconds': count.optional(),
  'delay-ms': z.coerce.number().int().min(0).optional(),
});

let args: z.infer<typeof argsSchema>;
let sources: HarvestSource[];
try {
  const env = readEnv();
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      set: { type: 'string' },
      from: { type: 'string' },
      format: { type: 'string' },
      key: { type: 'string' },
      name: { type: 'string' },
      sources: { type: 'string' },
      database: { type: 'string' },
      full: { type: 'boolean' },
      'max-records': { type: 'string' },
      'max-seconds': { type: 'string' },
      'delay-ms': { type: 'string' },
    },
  });
  args = argsSchema.parse({ ...values, database: values.database ?? databaseLocation(env) });
  if (values.url) {
    const { url, set, from, format, key, name } = values;
    const parsed = harvestSourceSchema.safeParse({ url, set, from, format, key, name });
    if (!parsed.success)
      throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; '));
    sources = [parsed.data];
  } else {
    sources = await readHarvestSources(
      args.sources ?? env.TELAAH_HARVEST_SOURCES ?? path.join(env.TELAAH_CORPUS_DIR, HARVEST_SOURCES_FILE),
    );
    if (!sources.length) throw new Error('no source: give --url, or list sources in the sources file');
  }
} catch (error) {
  console.error(`harvest: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}

const vocabulary = vocabularyProblem();
if (vocabulary) {
  console.error(`harvest: the vocabulary data is wrong; nothing was harvested.\n${vocabulary}`);
  process.exit(1);
}
const { runHarvest } = await import('../lib/harvest/run-harvest');

let exitCode = 0;
for (const source of sources) {
  try {
    console.log(`Harvesting ${source.url}${source.set ? ` (set ${source.set})` : ''}...`);
    const summary = await runHarvest({
      ...source,
      database: args.database,
      full: args.full,
      maxRecords: args['max-records'],
      maxSeconds: args['max-seconds'],
      client: args['delay-ms'] === undefined ? undefined : { politenessMs: args['delay-ms'] },
      onPage: (page) => {
        const of = page.completeListSize ? ` of ${page.completeListSize}` : '';
        console.log(`  page ${page.page}: ${page.records} records (from ${page.cursor ?? 0}${of})`);
      },
    });
    for (const problem of summary.problems) console.error(`  ${describeProblem(problem)}`);
    for (const line of describeHarvest(summary)) console.log(line);
    exitCode = Math.max(exitCode, harvestExitCode(summary));
  } catch (error) {
    console.error(
      `harvest: ${source.url}: ${describeStorageError(error, args.database) ?? (error as Error).message}`,
    );
    exitCode = 1;
  }
}
process.exit(exitCode);
