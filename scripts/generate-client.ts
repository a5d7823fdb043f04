// Generates the Prisma client offline. `prisma generate` never runs the schema engine, but the CLI insists that
// an engine binary exists before it starts; pointing it at any existing executable satisfies that check
// (see ../shared/docs/OFFLINE.md). Migrations use the WebAssembly engine instead (scripts/migrate.ts).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
