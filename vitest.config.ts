import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

// The store-touching integration tests, run again on PostgreSQL. Left out: the SQLite-only ones (a read-only file,
// the file lock beside a server, files edited with better-sqlite3), and the dev-set and PDF floors, which measure
// the parser, the same whichever store keeps its output.
const POSTGRES_INTEGRATION = [
  'bad-input',
  'browse-studies',
  'citation-public-url',
  'golden-corpus',
  'harvest-journal',
  'harvest-merge',
  'harvest-then-file',
  'health-route',
  'ingest-corpus',
  'near-duplicates',
  'oai-provider',
  'parse-time-budget',
  'postgres-store',
  'reading-lists',
  'reading-lists-api',
  'search-relevance',
  'sidecar-curation',
  'study-identity',
  'vocabulary-candidates',
].map((name) => `tests/integration/${name}.test.ts`);

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some suites build a 2,000-document index first: seconds on a quiet machine, more on a shared one.
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Integration tests share the generated corpus fixtures and SQLite files; one file at a time keeps them honest.
          fileParallelism: false,
          // SQLite, whatever the shell exports for the PostgreSQL project.
          env: { TELAAH_TEST_POSTGRES_URL: '' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration-postgresql',
          include: POSTGRES_INTEGRATION,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/helpers/require-postgres.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'cluster',
          include: ['tests/cluster/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          // Starting the cluster may run `next build` first (about 90 s on 2 cores).
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
