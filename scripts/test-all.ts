// npm test: every check the project has, in order, each reported; exits non-zero when any failed. The integration
// suite runs twice, on SQLite and on PostgreSQL: on TELAAH_TEST_POSTGRES_URL when it is set (.ci/run sets it),
// else on a throwaway PostgreSQL server started here (Debian's postgresql package) and stopped at the end.
import { spawnSync } from 'node:child_process';
import { startPostgres, type PostgresServer } from '../lib/cluster/postgres-server';

const TEST_PG_PORT = Number(process.env.TELAAH_TEST_PG_PORT ?? 5439);

const steps: [name: string, command: string, args: string[]][] = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration (SQLite)', 'npx', ['vitest', 'run', '--project', 'integration']],
  ['integration (PostgreSQL)', 'npx', ['vitest', 'run', '--project', 'integration-postgresql']],
  // PostgreSQL, HAProxy and two app instances (tests/cluster); needs postgresql and haproxy from Debian.
  ['cluster', 'npx', ['vitest', 'run', '--project', 'cluster']],
  ['end-to-end', 'npx', ['playwright', 'test']],
];

let postgres: PostgresServer | null = null;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
if (!env.TELAAH_TEST_POSTGRES_URL) {
  try {
    postgres = await startPostgres({ port: TEST_PG_PORT });
    env.TELAAH_TEST_POSTGRES_URL = postgres.url;
    console.log(`PostgreSQL for the tests: ${postgres.dataDir} on port ${TEST_PG_PORT}`);
  } catch (error) {
    // The PostgreSQL step then fails, naming the missing variable; every other step still runs.
    console.error(`Could not start PostgreSQL for the tests: ${(error as Error).message}`);
  }
}

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  results.push({ name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}
await postgres?.stop().catch((error: Error) => console.error(`Stopping PostgreSQL: ${error.message}`));

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
