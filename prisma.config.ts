import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate`; migrations run through scripts/migrate.ts (offline, WebAssembly engine).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/telaah.db' },
});
