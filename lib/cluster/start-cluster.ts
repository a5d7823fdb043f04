// The whole multi-instance set-up on one machine: PostgreSQL if asked, the store prepared once (migrate, ingest,
// index), the app built when stale, N `next start` instances on consecutive ports with the same environment, and
// HAProxy in front of them. stop() takes it down in the reverse order and says how each part ended.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuild } from '../build/ensure-build';
import { dataDir, readEnv } from '../env';
import { prepareStore } from '../ops/prepare-store';
import { describeExit, startChild, type ManagedChild } from './child-process';
import { renderHaproxyConfig } from './haproxy-config';
import { startPostgres, type PostgresServer } from './postgres-server';
import { waitForHttp } from './wait-for-http';

export interface ClusterOptions {
  instances: number;
  /** The balancer's port; instance i listens on port + i. */
  port: number;
  host: string;
  postgres: boolean;
  postgresPort: number;
  /** Keep the PostgreSQL cluster in this folder (reused next time) instead of a temp folder. */
  postgresDir?: string;
  /**
   * Give each instance a data folder of its own, as on separate machines, so the search index can only reach it
   * through the database. Only with PostgreSQL (a SQLite store lives in the data folder); the default there.
   */
  separateDataDirs?: boolean;
  /** The environment every part gets (TELAAH_DATA_DIR, TELAAH_CORPUS_DIR, ...); process.env when absent. */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  process: ManagedChild;
}

export interface Cluster {
  balancerUrl: string;
  instances: Instance[];
  balancer: ManagedChild;
  /** The environment the instances run with: an ingest run with it reaches the same store and index. */
  env: NodeJS.ProcessEnv;
  /** Where the balancer's configuration and every part's log are. */
  runDir: string;
  postgres: PostgresServer | null;
  /** HAProxy's admin socket (`disable server telaah_instances/app2`, see haproxy-admin.ts). */
  adminSocket: string;
  stop(): Promise<string[]>;
}

const STARTUP_MS = 60_000;
const nextBin = () => createRequire(import.meta.url).resolve('next/dist/bin/next');

function haproxyBinary(): string {
  const found = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
  return process.env.TELAAH_HAPROXY ?? found ?? 'haproxy';
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? console.log;
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), NEXT_TELEMETRY_DISABLED: '1' };
  const stops: (() => Promise<string>)[] = [];
  const stopAll = async () => {
    const report: string[] = [];
    for (const stop of stops.reverse()) report.push(await stop().catch((e: Error) => `failed: ${e.message}`));
    stops.length = 0;
    return report;
  };
  try {
    let postgres: PostgresServer | null = null;
    if (options.postgres) {
      postgres = await startPostgres({ port: options.postgresPort, dir: options.postgresDir });
      env.DATABASE_URL = postgres.url;
      const started = postgres;
      stops.push(async () => (await started.stop(), `PostgreSQL (${started.dataDir}): stopped`));
      log(`PostgreSQL: ${postgres.url} (log ${postgres.logFile})`);
    }
    const appEnv = readEnv(env);
    const runDir = path.join(dataDir(appEnv), 'cluster');
    await mkdir(runDir, { recursive: true });

    for (const line of await prepareStore(appEnv)) log(line);
    if (!(await ensureBuild(log))) throw new Error('next build failed');

    const instances: Instance[] = [];
    const separate = options.postgres && (options.separateDataDirs ?? true);
    const startInstance = async (): Promise<Instance> => {
      const n = instances.length + 1;
      const port = options.port + n;
      const name = `app${n}`;
      const child = startChild(
        name,
        process.execPath,
        [nextBin(), 'start', '-p', String(port), '-H', options.host],
        {
          env: {
            ...env,
            PORT: String(port),
            ...(separate ? { TELAAH_DATA_DIR: path.join(runDir, name) } : {}),
          },
          logFile: path.join(runDir, `${name}.log`),
        },
      );
      stops.push(async () => `${name} (port ${port}, pid ${child.pid}): ${describeExit(await child.stop())}`);
      const instance = { name, port, url: `http://${connectHost(options.host)}:${port}`, process: child };
      instances.push(instance);
      await waitForHttp(`${instance.url}/api/health`, STARTUP_MS, child);
      return instance;
    };
    await Promise.all(Array.from({ length: options.instances }, () => startInstance()));
    log(`Instances: ${instances.map((i) => `${i.name} ${i.url}`).join(', ')}`);

    const configFile = path.join(runDir, 'haproxy.cfg');
    const adminSocket = path.join(runDir, 'haproxy.sock');
    await writeFile(
      configFile,
      renderHaproxyConfig({
        bindHost: options.host,
        port: options.port,
        adminSocket,
        servers: instances.map((i) => ({ name: i.name, host: connectHost(options.host), port: i.port })),
      }),
    );
    // -db: in the foreground, not a daemon, so it is our child and stops with us.
    const balancer = startChild('haproxy', haproxyBinary(), ['-db', '-f', configFile], {
      env,
      logFile: path.join(runDir, 'haproxy.log'),
    });
    stops.push(
      async () => `balancer (port ${options.port}): ${describeExit(await balancer.stop('SIGUSR1', 5000))}`,
    );
    const balancerUrl = `http://${connectHost(options.host)}:${options.port}`;
    await waitForHttp(`${balancerUrl}/api/health`, STARTUP_MS, balancer);
    log(`Balancer: ${balancerUrl} (HAProxy, ${configFile})`);

    return {
      balancerUrl,
      instances,
      balancer,
      env,
      runDir,
      postgres,
      adminSocket,
      stop: stopAll,
    };
  } catch (error) {
    const report = await stopAll();
    if (report.length) log(`Stopped what had started: ${report.join('; ')}`);
    throw error;
  }
}

/** An instance bound to every interface is reached on loopback from this machine. */
function connectHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}
