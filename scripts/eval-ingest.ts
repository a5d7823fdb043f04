// npm run eval:ingest -- [--corpus DIR] [--key FILE] [--verbose]
// Ingests a folder into a throwaway store and scores it against an answer key: per field and overall.
// Defaults to the dev set kept in tests/fixtures/devset. Exit 1 when the run could not be made.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { evaluateIngest } from '../lib/eval/evaluate-ingest';
import { SCORED_FIELDS } from '../lib/eval/score-ingest';

const usage = 'usage: npm run eval:ingest -- [--corpus DIR] [--key FILE] [--verbose]';
let args: { corpus: string; key: string; verbose: boolean };
try {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, key: { type: 'string' }, verbose: { type: 'boolean' } },
  });
  args = z
    .object({
      corpus: z.string().min(1).default('tests/fixtures/devset/texts'),
      key: z.string().min(1).default('tests/fixtures/devset/key.json'),
      verbose: z.boolean().default(false),
    })
    .parse(values);
} catch (error) {
  console.error(`eval:ingest: ${(error as Error).message}\n${usage}`);
  process.exit(1);
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
try {
  const score = await evaluateIngest(args.corpus, args.key);
  if (args.verbose)
    for (const { id, scores } of score.perDocument)
      console.log(
        scores
          ? `${id} ${SCORED_FIELDS.map((f) => `${f}=${scores[f].toFixed(2)}`).join(' ')}`
          : `${id} MISSING`,
      );
  console.log(`documents ${score.documents} (missing ${score.missing.length})`);
  console.log(SCORED_FIELDS.map((f) => f.padStart(12)).join(''));
  console.log(SCORED_FIELDS.map((f) => pct(score.fields[f]).padStart(12)).join(''));
  console.log(`overall ${(100 * score.overall).toFixed(1)}%`);
} catch (error) {
  console.error(`eval:ingest: ${(error as Error).message}`);
  process.exit(1);
}
