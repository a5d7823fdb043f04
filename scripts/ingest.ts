// npm run ingest -- [--corpus DIR] [--database FILE|URL]
// Exit codes: 0 every file ingested; 2 some files failed (the others are stored); 1 the run could not start.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { describeStorageError } from '../lib/db/storage-errors';
import { databaseLocation, readEnv } from '../lib/env';
import type { FileOutcome } from '../lib/ingest/ingest-corpus';
import {
  describeAdopted,
  describeCounts,
  describeIndex,
  describeNearDuplicates,
  describeOutcome,
  exitCodeOf,
  printable,
} from '../lib/ingest/report';
import { vocabularyProblem } from '../lib/vocabulary/vocabularies';

let args: { corpus: string; database: string };
try {
  const env = readEnv();
  const argsSchema = z.object({
    corpus: z.string().min(1).default(env.TELAAH_CORPUS_DIR),
    database: z.string().min(1).default(databaseLocation(env)),
  });
  const { values, positionals } = parseArgs({
    options: { corpus: { type: 'string' }, database: { type: 'string' } },
    allowPositionals: true,
  });
  args = argsSchema.parse({ ...values, corpus: values.corpus ?? positionals[0] });
} catch (error) {
  console.error(
    `ingest: ${(error as Error).message}\nusage: npm run ingest -- [--corpus DIR] [--database FILE|URL]`,
  );
  process.exit(1);
}

// The ingest's classifier reads the vocabulary when it is imported, so the vocabulary is checked first: bad data
// stops the run here with the file, entry and field at fault, before anything is stored.
const vocabulary = vocabularyProblem();
if (vocabulary) {
  console.error(`ingest: the vocabulary data is wrong; nothing was ingested.\n${vocabulary}`);
  process.exit(1);
}
const { runIngest } = await import('../lib/ingest/run-ingest');

const interactive = process.stdout.isTTY && !process.env.CI;
const bar = interactive
  ? new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    )
  : null;
const problems: FileOutcome[] = [];

try {
  const result = await runIngest({
    corpusDir: args.corpus,
    database: args.database,
    onProgress: (done, total, outcome) => {
      if (outcome.status === 'failed') problems.push(outcome);
      if (bar) {
        if (done === 1) bar.start(total, 0, { file: '' });
        bar.update(done, { file: printable(outcome.file).slice(0, 60) });
        if (done === total) bar.stop();
      } else {
        console.log(`[${done}/${total}] ${describeOutcome(outcome)}`);
      }
    },
    onIndexStart: () => {
      bar?.stop();
      console.log('Building the search index...');
    },
  });
  bar?.stop();
  for (const outcome of result.outcomes.filter((o) => o.status === 'removed')) {
    console.log(`removed   ${printable(outcome.file)} (no longer in the corpus)`);
  }
  for (const outcome of result.outcomes.filter((o) => o.status === 'skipped')) {
    console.log(describeOutcome(outcome));
  }
  if (bar) for (const f of problems) console.error(describeOutcome(f));
  for (const line of describeAdopted(result)) console.log(line);
  for (const line of describeNearDuplicates(result)) console.log(line);
  console.log(`Ingest done: ${describeCounts(result)}. ${describeIndex(result)}`);
  process.exit(exitCodeOf(result));
} catch (error) {
  bar?.stop();
  console.error(`ingest: ${describeStorageError(error, args.database) ?? (error as Error).message}`);
  process.exit(1);
}
