import { readFile, rm, writeFile } from 'node:fs/promises';

// One ingest at a time per store: two at once would race on the same studies and on the index's temporary files.
// The lock is a file holding the owner's pid; a lock left by a killed run (its pid gone) is taken over.

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class IngestLockedError extends Error {}

export async function acquireIngestLock(lockFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner))
        throw new IngestLockedError(
          `another ingest (process ${owner}) is writing this store; wait for it to end`,
        );
      await rm(lockFile, { force: true });
    }
  }
  throw new IngestLockedError(`could not take the ingest lock ${lockFile}`);
}

// On PostgreSQL the store is shared by machines that share no folder, so the lock is the database's: a session
// advisory lock, held by a connection of its own for as long as the ingest runs, and released by the server if the
// ingest's process dies.
const ADVISORY_KEY = 7_246_861_937; // any fixed 64-bit number, the same for every Telaah process

export async function acquirePostgresIngestLock(url: string): Promise<() => Promise<void>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      ADVISORY_KEY,
    ]);
    if (!result.rows[0]?.locked)
      throw new IngestLockedError('another ingest is writing this PostgreSQL store; wait for it to end');
  } catch (error) {
    await client.end();
    throw error;
  }
  return async () => {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_KEY]).catch(() => undefined);
    await client.end();
  };
}
