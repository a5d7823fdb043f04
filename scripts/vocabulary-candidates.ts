// npm run vocabulary:candidates -- [--database FILE|URL]
// Prints the frameworks and organisations found in the texts' own words that the vocabularies lack, with the
// number of studies that state each and one example sentence. Exit 1 when the store cannot be read.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDb } from '../lib/db/client';
import { listVocabularyCandidates } from '../lib/db/list-vocabulary-candidates';
import { databaseLocation, readEnv } from '../lib/env';

let args: { database: string };
try {
  args = z
    .object({ database: z.string().min(1).default(databaseLocation(readEnv())) })
    .parse(parseArgs({ options: { database: { type: 'string' } } }).values);
} catch (error) {
  console.error(
    `vocabulary:candidates: ${(error as Error).message}\nusage: npm run vocabulary:candidates -- [--database FILE|URL]`,
  );
  process.exit(1);
}

const db = openDb(args.database);
try {
  const candidates = await listVocabularyCandidates(db);
  if (candidates.length === 0) console.log('No terms outside the vocabularies.');
  for (const vocabulary of ['framework', 'organisation'] as const) {
    const list = candidates.filter((c) => c.vocabulary === vocabulary);
    if (list.length === 0) continue;
    console.log(
      `\n${vocabulary === 'framework' ? 'Frameworks' : 'Organisations'} not in the vocabulary (${list.length}):`,
    );
    for (const c of list) {
      console.log(`  ${c.name}  [${c.key}]  ${c.studies} ${c.studies === 1 ? 'study' : 'studies'}`);
      if (c.example.sentence) console.log(`    e.g. (${c.example.studyId}) "${c.example.sentence}"`);
    }
  }
} catch (error) {
  console.error(`vocabulary:candidates: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
