// Global setup of the integration-postgresql project: the suite means nothing on SQLite, so it refuses to start
// without a reachable server instead of quietly testing the embedded default again.
import pg from 'pg';

export default async function requirePostgres(): Promise<void> {
  const url = process.env.TELAAH_TEST_POSTGRES_URL;
  if (!url)
    throw new Error(
      'TELAAH_TEST_POSTGRES_URL is not set: point it at a PostgreSQL server whose role may CREATE DATABASE ' +
        '(`npm test` starts a throwaway one; .ci/run exports it)',
    );
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`TELAAH_TEST_POSTGRES_URL does not answer: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
