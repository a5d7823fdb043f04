// npm run bench:cluster -- [--documents 2000] [--seconds 5] [--rounds 3] [--connections 8] [--ingest 2000] [--port 3300]
// Loopback only, bounded. (1) GET /api/search through HAProxy with one instance and with two, in the same run:
// the cluster starts with two and the balancer's runtime API takes the second out and back, alternating, so
// both are measured on the same machine state; medians of the rounds and their ratio. (2) Ingest documents/s
// on SQLite and on PostgreSQL (scripts/bench-ingest.ts run with each store).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { z } from 'zod';
import { setServerEnabled } from '../lib/cluster/haproxy-admin';
import { startCluster } from '../lib/cluster/start-cluster';
import { startPostgres } from '../lib/cluster/postgres-server';
import { thesisAbstract } from '../tests/bench/synthetic-documents';

const args = z
  .object({
    documents: z.coerce.number().int().min(10).max(50_000).default(2000),
    seconds: z.coerce.number().int().min(1).max(30).default(5),
    rounds: z.coerce.number().int().min(1).max(9).default(3),
    connections: z.coerce.number().int().min(1).max(64).default(8),
    ingest: z.coerce.number().int().min(0).max(20_000).default(2000),
    port: z.coerce.number().int().min(1024).max(65000).default(3300),
    'pg-port': z.coerce.number().int().min(1024).max(65535).default(5441),
  })
  .parse(
    parseArgs({
      options: Object.fromEntries(
        ['documents', 'seconds', 'rounds', 'connections', 'ingest', 'port', 'pg-port'].map((k) => [
          k,
          { type: 'string' as const },
        ]),
      ),
    }).values,
  );

const QUERIES = [
  'q=perdagangan+manusia',
  'q=human+trafficking',
  'q=IOM&country=id',
  'q=kebijakan+pemerintah',
  'q=korban&organisation=ijm',
  'q=migrant+workers&lang=en',
];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function load(url: string, seconds: number) {
  const result = await autocannon({
    url,
    connections: args.connections,
    duration: seconds,
    requests: QUERIES.map((query) => ({ method: 'GET' as const, path: `/api/search?${query}` })),
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  return { rps: result.requests.average, p99: result.latency.p99, failures };
}

async function benchSearch() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-bench-cluster-'));
  const corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  for (let n = 0; n < args.documents; n++) {
    const doc = thesisAbstract(n);
    await writeFile(path.join(corpus, doc.name), doc.text);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TELAAH_DATA_DIR: path.join(root, 'data'),
    TELAAH_CORPUS_DIR: corpus,
  };
  delete env.DATABASE_URL;
  console.log(`Starting two instances behind HAProxy on ${args.documents} documents...`);
  const cluster = await startCluster({
    instances: 2,
    port: args.port,
    host: '127.0.0.1',
    postgres: true, // as deployed: the instances share PostgreSQL, each with its own copy of the published index
    postgresPort: args['pg-port'],
    env,
    log: (line) => console.log(`  ${line}`),
  });
  const rows: Record<'one' | 'two', { rps: number; p99: number; failures: number }[]> = { one: [], two: [] };
  try {
    await load(cluster.balancerUrl, args.seconds); // warm both instances: JIT, index pages in memory
    for (let round = 1; round <= args.rounds; round++) {
      await setServerEnabled(cluster.adminSocket, 'app2', false);
      rows.one.push(await load(cluster.balancerUrl, args.seconds));
      await setServerEnabled(cluster.adminSocket, 'app2', true);
      await new Promise((resolve) => setTimeout(resolve, 2500)); // a good check (inter 1s, rise 1) puts it back
      rows.two.push(await load(cluster.balancerUrl, args.seconds));
      const [one, two] = [rows.one.at(-1), rows.two.at(-1)];
      console.log(
        `  round ${round}: one instance ${one?.rps.toFixed(0)} req/s (p99 ${one?.p99} ms), two ${two?.rps.toFixed(0)} req/s (p99 ${two?.p99} ms)`,
      );
    }
  } finally {
    console.log(`  ${(await cluster.stop()).join('; ')}`);
    await rm(root, { recursive: true, force: true });
  }
  const summary = (key: 'one' | 'two') => ({
    rps: median(rows[key].map((r) => r.rps)),
    p99: median(rows[key].map((r) => r.p99)),
    failures: rows[key].reduce((sum, r) => sum + r.failures, 0),
  });
  const [one, two] = [summary('one'), summary('two')];
  console.log(
    `\n/api/search through HAProxy, ${args.documents} documents, ${args.connections} connections, ${args.seconds} s x ${args.rounds} rounds, ${os.cpus().length} cores (medians)`,
  );
  console.log(`  one instance:  ${one.rps.toFixed(0)} req/s, p99 ${one.p99} ms, failed ${one.failures}`);
  console.log(`  two instances: ${two.rps.toFixed(0)} req/s, p99 ${two.p99} ms, failed ${two.failures}`);
  console.log(`  ratio two/one: ${(two.rps / one.rps).toFixed(2)}x requests/s`);
}

/** Runs bench-ingest with the given store and returns its end-to-end documents/s, or why it could not. */
function benchIngest(label: string, env: NodeJS.ProcessEnv): string {
  const run = spawnSync(
    'npx',
    [
      'tsx',
      'scripts/bench-ingest.ts',
      '--abstracts',
      String(args.ingest),
      '--articles',
      '0',
      '--pdfs',
      '0',
      '--scans',
      '0',
    ],
    { env, encoding: 'utf8' },
  );
  const rate = /= (\d+) documents\/s/.exec(run.stdout)?.[1];
  if (run.status !== 0 || !rate) {
    const lines = `${run.stderr}\n${run.stdout}`.split('\n');
    const reason = lines.find((l) => /error/i.test(l)) ?? lines.find((l) => l.trim()) ?? `exit ${run.status}`;
    return `${label}: failed (${reason.trim()})`;
  }
  return `${label}: ${rate} documents/s`;
}

async function benchIngestStores() {
  if (!args.ingest) return;
  console.log(`\nIngest of ${args.ingest} abstract-sized documents (scripts/bench-ingest.ts), end to end:`);
  const sqliteEnv: NodeJS.ProcessEnv = { ...process.env };
  delete sqliteEnv.DATABASE_URL;
  console.log(`  ${benchIngest('SQLite', sqliteEnv)}`);
  const postgres = await startPostgres({ port: args['pg-port'] });
  try {
    console.log(`  ${benchIngest('PostgreSQL', { ...process.env, DATABASE_URL: postgres.url })}`);
  } finally {
    await postgres.stop();
  }
}

await benchSearch();
await benchIngestStores();
