// npm start: the whole embedded default in one command. Migrates the SQLite store, ingests the corpus (unchanged
// files are skipped), rebuilds the search index when needed, builds the app when the build is missing or stale,
// then serves it on http://localhost:$PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { computeBuildFingerprint, FINGERPRINT_FILE, isBuildCurrent } from '../lib/build/fingerprint';
import { databaseFile, readEnv } from '../lib/env';
import { runIngest } from '../lib/ingest/run-ingest';

const env = readEnv();
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const result = await runIngest({ corpusDir: env.TELAAH_CORPUS_DIR, databaseFile: databaseFile(env) });
const c = result.counts;
console.log(
  `Corpus: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed, ${c.failed} failed` +
    (result.indexed === null
      ? '; search index current.'
      : `; search index rebuilt (${result.indexed} studies).`),
);
for (const failed of result.outcomes.filter((o) => o.status === 'failed')) {
  console.warn(`  not ingested: ${failed.file}: ${failed.error}`);
}

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
