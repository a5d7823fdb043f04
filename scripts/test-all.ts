// npm test: every check the project has, in order, each reported; exits non-zero when any failed. The integration
// suite runs twice, on SQLite and on PostgreSQL: on TELAAH_TEST_POSTGRES_URL when it is set (.ci/run sets it),
// else on a throwaway PostgreSQL server started here (Debian's postgresql package) and stopped at the end.
import { spawn } from 'node:child_process';
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

// Vitest's failed files and tests (FAIL, ×), Playwright's numbered list of failed tests at the end.
const FAILURE_LINE = /^(FAIL\s|×\s|\d+\) \[)/;
const ERROR_LINE = /(Error|expected|Timeout|timed out)/i;
const MAX_FAILURE_LINES = 12;

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

const results: { name: string; ok: boolean; seconds: number; failures: string[] }[] = [];
for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status, failures } = await runStep(command, args);
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000, failures });
}
await postgres?.stop().catch((error: Error) => console.error(`Stopping PostgreSQL: ${error.message}`));

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok);
// A CI log is often read from its tail only, so the failing tests are named again here, a few lines per step.
for (const r of failed) {
  console.log(`--- ${r.name}${r.failures.length ? '' : ': no failing test named; see its output above'}`);
  for (const line of r.failures.slice(0, MAX_FAILURE_LINES)) console.log(`  ${line}`);
  if (r.failures.length > MAX_FAILURE_LINES)
    console.log(`  ... and ${r.failures.length - MAX_FAILURE_LINES} more`);
}
console.log(`steps: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);

/** Runs one step with its output passed through, and keeps the lines that name a failing test or its error. */
function runStep(command: string, args: string[]): Promise<{ status: number | null; failures: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
    const failures: string[] = [];
    let pending = '';
    let afterFail = 0;
    const scan = (text: string) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = stripAnsi(raw).trim();
        if (FAILURE_LINE.test(line)) {
          if (!failures.includes(line)) failures.push(line.slice(0, 240));
          afterFail = 12;
        } else if (afterFail > 0) {
          afterFail -= 1;
          // The first error line after a failing test says why it failed.
          if (ERROR_LINE.test(line)) {
            failures.push(`    ${line.slice(0, 240)}`);
            afterFail = 0;
          }
        }
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      scan(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      scan(chunk.toString('utf8'));
    });
    child.on('error', (error) =>
      resolve({ status: 1, failures: [`could not run ${command}: ${error.message}`] }),
    );
    child.on('close', (status) => {
      scan('\n');
      resolve({ status, failures });
    });
  });
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
