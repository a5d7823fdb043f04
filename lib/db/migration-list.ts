import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** One provider's migrations folder, as the schema engine reads it. */
export async function listMigrations(baseDir: string): Promise<MigrationList> {
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

export async function listMigrationNames(baseDir: string): Promise<string[]> {
  return (await listMigrations(baseDir)).migrationDirectories.map((m) => m.path);
}
