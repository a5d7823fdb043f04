// A throwaway PostgreSQL server for the one-machine cluster: initdb into a folder of its own, started on a TCP
// port of loopback with trust authentication, a role and database for Telaah created. initdb and pg_ctl refuse
// to run as root, so as root they run as the `postgres` user, which must own the folder.
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runOrThrow } from './child-process';

/** TELAAH_PG_BIN, else the newest Debian PostgreSQL (/usr/lib/postgresql/<major>/bin). */
export const POSTGRES_BIN = process.env.TELAAH_PG_BIN ?? newestDebianPostgres();

function newestDebianPostgres(): string {
  const majors = (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [])
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', majors[0] ?? '15', 'bin');
}
const ROLE = 'telaah';
const DATABASE = 'telaah';

export interface PostgresServer {
  url: string;
  dataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  port: number;
  /** A folder to keep the cluster in (reused when it holds one); a temp folder, deleted at stop, when absent. */
  dir?: string;
}

function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  const quoted = [command, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  return ['su', ['postgres', '-s', '/bin/sh', '-c', quoted]];
}

function pgTool(what: string, tool: string, args: string[]): string {
  const [command, fullArgs] = asPostgresUser(path.join(POSTGRES_BIN, tool), args);
  return runOrThrow(what, command, fullArgs);
}

function postgresUser(): { uid: number; gid: number } {
  const line = runOrThrow('looking up the postgres user', 'id', ['-u', 'postgres']).trim();
  const group = runOrThrow('looking up the postgres group', 'id', ['-g', 'postgres']).trim();
  return { uid: Number(line), gid: Number(group) };
}

export async function startPostgres(options: PostgresOptions): Promise<PostgresServer> {
  if (!existsSync(path.join(POSTGRES_BIN, 'initdb')))
    throw new Error(
      `No PostgreSQL at ${POSTGRES_BIN} (Debian: apt-get install -y postgresql; or set TELAAH_PG_BIN to its bin folder)`,
    );
  const throwaway = options.dir === undefined;
  const root = options.dir ? path.resolve(options.dir) : await mkdtemp(path.join(os.tmpdir(), 'telaah-pg-'));
  await mkdir(root, { recursive: true });
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(root, uid, gid);
  }
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  if (!existsSync(path.join(dataDir, 'PG_VERSION')))
    pgTool('initdb', 'initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
  const serverOptions = `-p ${options.port} -k ${root} -c listen_addresses=127.0.0.1`;
  pgTool('starting PostgreSQL', 'pg_ctl', ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', 'start']);
  const stop = async () => {
    pgTool('stopping PostgreSQL', 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    if (throwaway) await rm(root, { recursive: true, force: true });
  };
  try {
    const psql = (sql: string) =>
      runOrThrow('psql', path.join(POSTGRES_BIN, 'psql'), [
        ...['-h', '127.0.0.1', '-p', String(options.port), '-U', 'postgres', '-d', 'postgres'],
        ...['-v', 'ON_ERROR_STOP=1', '-tAc', sql],
      ]).trim();
    if (!psql(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`))
      psql(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}' CREATEDB`);
    if (!psql(`SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`))
      psql(`CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    url: `postgresql://${ROLE}:${ROLE}@127.0.0.1:${options.port}/${DATABASE}`,
    dataDir,
    logFile,
    stop,
  };
}
