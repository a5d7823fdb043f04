// npm start: the whole embedded default in one command. Migrates the store (SQLite, or PostgreSQL when
// DATABASE_URL names a server), ingests the corpus (unchanged files are skipped), rebuilds the search index when
// needed, builds the app when the build is missing or stale, then serves it on http://localhost:$PORT (default 3000).
import { spawn } from 'node:child_process';
import { ensureBuild } from '../lib/build/ensure-build';
import { readEnv } from '../lib/env';
import { prepareStore } from '../lib/ops/prepare-store';

const env = readEnv();

try {
  for (const line of await prepareStore(env)) console.log(line);
} catch (error) {
  console.error(`start: ${(error as Error).message}`);
  process.exit(1);
}
if (!(await ensureBuild())) process.exit(1);

const server = spawn('npx', ['next', 'start', '-p', String(env.PORT)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
