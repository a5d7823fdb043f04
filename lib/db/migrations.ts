import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import Database from 'better-sqlite3';
import { openSchemaEngine } from './schema-engine';

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
const NO_FILTERS = { externalTables: [], externalEnums: [] };

async function listMigrations(baseDir: string): Promise<MigrationList> {
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const entries = existsSync(baseDir) ? await readdir(baseDir, { withFileTypes: true }) : [];
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  folders.sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(baseDir, folder, 'migration.sql');
      const content = existsSync(file)
        ? ({ tag: 'ok', value: await readFile(file, 'utf8') } as const)
        : ({ tag: 'error', value: `missing ${file}` } as const);
      return { path: folder, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function openEngine(databaseFile: string) {
  await mkdir(path.dirname(databaseFile), { recursive: true });
  const schemaText = await readFile(SCHEMA_PATH, 'utf8');
  return { engine: await openSchemaEngine(databaseFile, SCHEMA_PATH, schemaText), schemaText };
}

/** The migrations in prisma/migrations that the database has not finished applying. */
export async function listPendingMigrations(databaseFile: string): Promise<string[]> {
  const folders = (await listMigrations(MIGRATIONS_DIR)).migrationDirectories.map((m) => m.path);
  if (!existsSync(databaseFile)) return folders;
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return folders;
    const applied = new Set(
      db
        .prepare(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )
        .pluck()
        .all() as string[],
    );
    return folders.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}

export class MigrationBlockedError extends Error {}

/**
 * Applies every migration in prisma/migrations that the database has not seen; returns their names. The schema
 * engine takes the database to itself, which fails while a server has it open, so it is only started when a
 * migration is really pending: an ingest beside a running server, on an up-to-date schema, never asks for that lock.
 */
export async function applyMigrations(databaseFile: string): Promise<string[]> {
  const pending = await listPendingMigrations(databaseFile);
  if (pending.length === 0) return [];
  const { engine } = await openEngine(databaseFile);
  try {
    const result = await engine.applyMigrations({
      migrationsList: await listMigrations(MIGRATIONS_DIR),
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

/**
 * Writes a new migration folder with the SQL that takes the existing migrations to the current schema, or returns
 * null when nothing changed. The WebAssembly engine cannot open a SQLite shadow database by itself, so the existing
 * migrations are replayed into a scratch file and the schema is diffed against that file.
 */
export async function createMigration(name: string): Promise<string | null> {
  const scratchDir = await mkdtemp(path.join(os.tmpdir(), 'telaah-migrate-'));
  const scratch = path.join(scratchDir, 'shadow.db');
  try {
    const { engine, schemaText } = await openEngine(scratch);
    try {
      await engine.applyMigrations({
        migrationsList: await listMigrations(MIGRATIONS_DIR),
        filters: NO_FILTERS,
      });
      const files = [{ path: SCHEMA_PATH, content: schemaText }];
      const diff = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      const sql = (diff.stdout ?? '').trim();
      if (!sql || sql.startsWith('-- This is an empty migration')) return null;
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      const folderName = `${stamp}_${name}`;
      await mkdir(path.join(MIGRATIONS_DIR, folderName), { recursive: true });
      await writeFile(path.join(MIGRATIONS_DIR, folderName, 'migration.sql'), `${sql}\n`);
      const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
      if (!existsSync(lockPath)) {
        await writeFile(
          lockPath,
          '# Written by scripts/migrate.ts; keep it in version control.\nprovider = "sqlite"\n',
        );
      }
      return folderName;
    } finally {
      await engine.close();
    }
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}
