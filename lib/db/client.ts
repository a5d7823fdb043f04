import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseLocation, isPostgresUrl } from '../env';
import { PrismaClient } from './generated/client';
import { PrismaClient as PostgresPrismaClient } from './generated-pg/client';

export type Db = PrismaClient;

/**
 * Opens a client on a store location: a SQLite file path, or a PostgreSQL URL. Both clients come from the same
 * domain schema (scripts/generate-client.ts), so the PostgreSQL one has the same models and methods and is used
 * through the same type. Scripts and tests pass their own location; the app uses `getDb()`.
 */
export function openDb(location: string = databaseLocation()): Db {
  if (isPostgresUrl(location))
    return new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: location }),
    }) as unknown as Db;
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${location}` }) });
}

// One client per process: Next.js re-evaluates modules in development, so the instance lives on globalThis.
const holder = globalThis as unknown as { telaahDb?: Db };

export function getDb(): Db {
  holder.telaahDb ??= openDb();
  return holder.telaahDb;
}
