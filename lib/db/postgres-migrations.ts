import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { NO_FILTERS } from './migration-list';
import { POSTGRES_SCHEMA, toPostgresSchema } from './postgres-schema';
import { openSchemaEngine } from './schema-engine';

// PostgreSQL's side of the migrations. The WebAssembly engine cannot read PostgreSQL's catalogs, so it can neither
// diff against a live database nor replay migrations into a shadow one; instead the schema each migration led to is
// kept as text (SNAPSHOT) and the next migration is the diff from that text to today's schema.
const DOMAIN = path.resolve('prisma/schema.prisma');
const SNAPSHOT = path.resolve('prisma/migrations-postgresql/schema-at-last-migration.prisma');

/** The migrations a PostgreSQL store has finished applying (none when it has no migrations table yet). */
export async function appliedPostgresMigrations(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query<{ exists: string | null }>(
      "SELECT to_regclass('_prisma_migrations')::text AS exists",
    );
    if (!table.rows[0]?.exists) return new Set();
    const rows = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    return new Set(rows.rows.map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}

/**
 * The SQL from the last migration's schema to today's, or null when they are the same text. The diff renders
 * SQL from the two schema texts alone; the engine needs some connection to start, so it gets a scratch SQLite file.
 * `saveSnapshot` moves the snapshot on to today's schema once the migration is written.
 */
export async function createPostgresMigration(
  scratchFile: string,
): Promise<{ sql: string; saveSnapshot: () => Promise<void> } | null> {
  const next = toPostgresSchema(await readFile(DOMAIN, 'utf8'));
  const previous = existsSync(SNAPSHOT) ? await readFile(SNAPSHOT, 'utf8') : null;
  if (previous === next) return null;
  const engine = await openSchemaEngine(scratchFile, POSTGRES_SCHEMA, next);
  try {
    const diff = await engine.diff({
      from:
        previous === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: SNAPSHOT, content: previous }] },
      to: { tag: 'schemaDatamodel', files: [{ path: POSTGRES_SCHEMA, content: next }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return { sql: (diff.stdout ?? '').trim(), saveSnapshot: () => writeFile(SNAPSHOT, next) };
  } finally {
    await engine.close();
  }
}
