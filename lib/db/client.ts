import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFile } from '../env';
import { PrismaClient } from './generated/client';

export type Db = PrismaClient;

/** Opens a client on one SQLite file. Scripts and tests pass their own file; the app uses `getDb()`. */
export function openDb(file: string = databaseFile()): Db {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
}

// One client per process: Next.js re-evaluates modules in development, so the instance lives on globalThis.
const holder = globalThis as unknown as { telaahDb?: Db };

export function getDb(): Db {
  holder.telaahDb ??= openDb();
  return holder.telaahDb;
}
