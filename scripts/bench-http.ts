// npm run bench:http -- [--documents 10000] [--seconds 10] [--connections 8]
// Builds a corpus of synthetic abstracts, starts the app on it (loopback only), sends a bounded mix of searches
// to GET /api/search with autocannon and prints requests per second, latency percentiles and errors.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { z } from 'zod';
import { thesisAbstract } from '../tests/bench/synthetic-documents';

const args = z
  .object({
    documents: z.coerce.number().int().min(10).max(100_000).default(10_000),
    seconds: z.coerce.number().int().min(1).max(60).default(10),
    connections: z.coerce.number().int().min(1).max(64).default(8),
  })
  .parse(
    parseArgs({
      options: {
        documents: { type: 'string' },
        seconds: { type: 'string' },
        connections: { type: 'string' },
      },
    }).values,
  );

const QUERIES = [
  'q=perdagangan+manusia',
  'q=human+trafficking',
  'q=IOM&country=id',
  'q=kebijakan+pemerintah',
  'q=%22law+enforcement%22',
  'q=perdagangn',
  'q=korban&organisation=ijm&period=2010s',
  'q=migrant+workers&lang=en',
];

const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-bench-http-'));
const corpus = path.join(root, 'corpus');
await mkdir(corpus);
for (let n = 0; n < args.documents; n++) {
  const doc = thesisAbstract(n);
  await writeFile(path.join(corpus, doc.name), doc.text);
}
const port = 3900;
console.log(`Starting the app on ${args.documents} documents (ingest, index, build if stale)...`);
const server = spawn('npx', ['tsx', 'scripts/start.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    TELAAH_DATA_DIR: path.join(root, 'data'),
    TELAAH_CORPUS_DIR: corpus,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Ready') && resolve());
  server.on('exit', (code) => reject(new Error(`the app stopped (${code}) before it was ready`)));
});

try {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: args.connections,
    duration: args.seconds,
    requests: QUERIES.map((query) => ({ method: 'GET' as const, path: `/api/search?${query}` })),
  });
  const l = result.latency;
  console.log(
    `\n/api/search, ${args.documents} documents, ${args.connections} connections, ${args.seconds} s, ${QUERIES.length} queries in turn`,
  );
  console.log(`  requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total})`);
  console.log(`  latency ms: p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}`);
  console.log(`  errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}`);
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
