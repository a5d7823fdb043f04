// Generates both Prisma clients offline: SQLite's from prisma/schema.prisma, PostgreSQL's from the schema derived
// from it (lib/db/postgres-schema.ts). `prisma generate` never runs the schema engine, but the CLI insists that
// an engine binary exists before it starts; pointing it at any existing executable satisfies that check
// (see ../shared/docs/OFFLINE.md). Migrations use the WebAssembly engine instead (scripts/migrate.ts).
import { spawnSync } from 'node:child_process';
import { POSTGRES_SCHEMA, writePostgresSchema } from '../lib/db/postgres-schema';

await writePostgresSchema();
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
for (const extra of [[], ['--schema', POSTGRES_SCHEMA]]) {
  const result = spawnSync('npx', ['prisma', 'generate', ...extra], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
