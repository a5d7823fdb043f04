// npm start: the whole embedded default in one command. Migrates the SQLite store, ingests the corpus (unchanged
// files are skipped), rebuilds the search index when needed, builds the app when the build is missing or stale,
// then serves it on http://localhost:$PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { describeStorageError } from '../lib/db/storage-errors';
import { computeBuildFingerprint, FINGERPRINT_FILE, isBuildCurrent } from '../lib/build/fingerprint';
import { databaseFile, readEnv } from '../lib/env';
import { describeCounts, describeIndex, describeNearDuplicates, describeOutcome } from '../lib/ingest/report';
import { vocabularyProblem } from '../lib/vocabulary/vocabularies';

const env = readEnv();
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

// The ingest's classifier reads the vocabulary when it is imported, so the vocabulary is checked first: bad data
// stops here with the file, entry and field at fault, before anything is ingested or served.
const vocabulary = vocabularyProblem();
if (vocabulary) {
  console.error(`start: the vocabulary data is wrong; nothing was ingested.\n${vocabulary}`);
  process.exit(1);
}
const { runIngest } = await import('../lib/ingest/run-ingest');

const result = await runIngest({ corpusDir: env.TELAAH_CORPUS_DIR, databaseFile: databaseFile(env) }).catch(
  (error: unknown) => {
    console.error(`start: ${describeStorageError(error, databaseFile(env)) ?? (error as Error).message}`);
    process.exit(1);
  },
);
console.log(`Corpus: ${describeCounts(result)}. ${describeIndex(result)}`);
for (const outcome of result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')) {
  console.warn(`  ${describeOutcome(outcome)}`);
}
for (const line of describeNearDuplicates(result)) console.log(`  ${line}`);

if (!(await isBuildCurrent())) {
  console.log('Building the app (next build)...');
  const fingerprint = await computeBuildFingerprint();
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
  await writeFile(FINGERPRINT_FILE, fingerprint);
}

const server = spawn('npx', ['next', 'start', '-p', String(env.PORT)], { stdio: 'inherit', env: childEnv });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
