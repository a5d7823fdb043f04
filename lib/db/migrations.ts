import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isPostgresUrl } from '../env';
import { listMigrationNames, listMigrations, NO_FILTERS } from './migration-list';
import { POSTGRES_SCHEMA, toPostgresSchema } from './postgres-schema';
import { appliedPostgresMigrations, createPostgresMigration } from './postgres-migrations';
import { openSchemaEngine } from './schema-engine';

// Real migrations for both providers, kept side by side: prisma/migrations (SQLite) and
// prisma/migrations-postgresql, both applied by Prisma's own schema engine (WebAssembly, so offline).
export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const POSTGRES_MIGRATIONS_DIR = path.resolve('prisma/migrations-postgresql');

const migrationsDirOf = (location: string) =>
  isPostgresUrl(location) ? POSTGRES_MIGRATIONS_DIR : MIGRATIONS_DIR;

async function schemaFor(location: string): Promise<{ schemaPath: string; schemaText: string }> {
  const domain = await readFile(SCHEMA_PATH, 'utf8');
  return isPostgresUrl(location)
    ? { schemaPath: POSTGRES_SCHEMA, schemaText: toPostgresSchema(domain) }
    : { schemaPath: SCHEMA_PATH, schemaText: domain };
}

async function openEngine(location: string) {
  if (!isPostgresUrl(location)) await mkdir(path.dirname(location), { recursive: true });
  const { schemaPath, schemaText } = await schemaFor(location);
  return { engine: await openSchemaEngine(location, schemaPath, schemaText), schemaPath, schemaText };
}

function appliedSqliteMigrations(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return new Set();
    return new Set(
      db
        .prepare(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .pluck()
        .all() as string[],
    );
  } finally {
    db.close();
  }
}

/** The migrations of the store's provider that the store has not finished applying. */
export async function listPendingMigrations(location: string): Promise<string[]> {
  const folders = await listMigrationNames(migrationsDirOf(location));
  const applied = isPostgresUrl(location)
    ? await appliedPostgresMigrations(location)
    : appliedSqliteMigrations(location);
  return folders.filter((name) => !applied.has(name));
}

export class MigrationBlockedError extends Error {}

/**
 * Applies every migration the store has not seen; returns their names. The schema engine takes a SQLite file to
 * itself, which fails while a server has it open, so it is only started when a migration is really pending: an
 * ingest beside a running server, on an up-to-date schema, never asks for that lock.
 */
export async function applyMigrations(location: string): Promise<string[]> {
  const pending = await listPendingMigrations(location);
  if (pending.length === 0) return [];
  const { engine } = await openEngine(location);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await listMigrations(migrationsDirOf(location)),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } catch (error) {
    // SQLITE_BUSY reaches us from the WebAssembly engine as an unknown error variant ("SocketTimeout").
    if (/SocketTimeout|SQLITE_BUSY|database is locked/i.test(String((error as Error).message)))
      throw new MigrationBlockedError(
        `the database needs ${pending.length} migration(s) (${pending.join(', ')}) and another process has it ` +
          'open: stop the server and run again',
      );
    throw error;
  } finally {
    await engine.close();
  }
}

async function writeMigration(dir: string, folderName: string, sql: string, provider: string) {
  await mkdir(path.join(dir, folderName), { recursive: true });
  await writeFile(path.join(dir, folderName, 'migration.sql'), `${sql}\n`);
  const lockPath = path.join(dir, 'migration_lock.toml');
  if (!existsSync(lockPath))
    await writeFile(
      lockPath,
      `# Written by scripts/migrate.ts; keep it in version control.\nprovider = "${provider}"\n`,
    );
}

const isEmptyDiff = (sql: string) => !sql || sql.startsWith('-- This is an empty migration');

/**
 * Writes the migrations that take both providers' migrations to the current schema, under one folder name;
 * returns it, or null when nothing changed. The WebAssembly engine cannot open a SQLite shadow database by itself,
 * so SQLite's migrations are replayed into a scratch file and the schema is diffed against that file; PostgreSQL's
 * cannot be replayed offline at all, so its schema is diffed against the text it had at its last migration.
 */
export async function createMigration(name: string): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folderName = `${stamp}_${name}`;
  const scratchDir = await mkdtemp(path.join(os.tmpdir(), 'telaah-migrate-'));
  const scratch = path.join(scratchDir, 'shadow.db');
  let created = false;
  try {
    const { engine, schemaPath, schemaText } = await openEngine(scratch);
    try {
      await engine.applyMigrations({
        migrationsList: await listMigrations(MIGRATIONS_DIR),
        filters: NO_FILTERS,
      });
      const files = [{ path: schemaPath, content: schemaText }];
      const diff = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      const sql = (diff.stdout ?? '').trim();
      if (!isEmptyDiff(sql)) {
        await writeMigration(MIGRATIONS_DIR, folderName, sql, 'sqlite');
        created = true;
      }
    } finally {
      await engine.close();
    }
    const postgres = await createPostgresMigration(path.join(scratchDir, 'pg-diff.db'));
    if (postgres !== null && !isEmptyDiff(postgres.sql)) {
      await writeMigration(POSTGRES_MIGRATIONS_DIR, folderName, postgres.sql, 'postgresql');
      await postgres.saveSnapshot();
      created = true;
    }
    return created ? folderName : null;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
