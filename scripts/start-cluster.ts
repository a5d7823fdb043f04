// npm run start:cluster -- [--instances 2] [--port 3000] [--host 127.0.0.1] [--postgres [--pg-port 5433] [--pg-dir DIR]]
// Several app instances behind HAProxy on one machine: PostgreSQL if asked (a throwaway cluster unless --pg-dir),
// the corpus ingested and the app built once, N instances on port+1..port+N, the balancer on --port. Ctrl-C
// stops the balancer, the instances and PostgreSQL, and says how each ended.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startCluster } from '../lib/cluster/start-cluster';

const USAGE =
  'usage: npm run start:cluster -- [--instances N] [--port P] [--host H] [--postgres] [--pg-port P] [--pg-dir DIR]';

const port = z.coerce.number().int().min(1).max(65535);
const argsSchema = z
  .object({
    instances: z.coerce.number().int().min(1).max(32).default(2),
    port: port.default(3000),
    host: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).default('127.0.0.1'),
    postgres: z.boolean().default(false),
    'pg-port': port.default(5433),
    'pg-dir': z.string().min(1).optional(),
  })
  .refine((a) => a.port + a.instances <= 65535, 'the instances need ports port+1..port+N below 65536');

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: {
      instances: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      postgres: { type: 'boolean' },
      'pg-port': { type: 'string' },
      'pg-dir': { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((i) => `--${i.path.join('.') || 'args'}: ${i.message}`).join('; '),
    );
  args = parsed.data;
} catch (error) {
  console.error(`start:cluster: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}

let cluster: Awaited<ReturnType<typeof startCluster>>;
try {
  cluster = await startCluster({
    instances: args.instances,
    port: args.port,
    host: args.host,
    postgres: args.postgres,
    postgresPort: args['pg-port'],
    postgresDir: args['pg-dir'],
  });
} catch (error) {
  console.error(`start:cluster: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`Telaah is at ${cluster.balancerUrl} (logs in ${cluster.runDir}). Ctrl-C stops everything.`);

let stopping = false;
async function stop(reason: string, code: number) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping (${reason})...`);
  for (const line of await cluster.stop()) console.log(`  ${line}`);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal, 0));
// A part that ends by itself is reported; the balancer going away ends the cluster, an instance does not (the
// balancer's checks take it out and the others keep serving).
void cluster.balancer.exited.then(() => stop('the balancer stopped; see its log', 1));
for (const instance of cluster.instances)
  void instance.process.exited.then((exit) => {
    if (!stopping)
      console.error(`${instance.name} stopped (${JSON.stringify(exit)}); see ${instance.process.logFile}`);
  });
