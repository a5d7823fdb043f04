// The one path every owner's edit goes through: find the list, check the edit token, check and bump the version,
// apply the change, all in one transaction; then read the list back.
import type { Db } from '../db/client';
import { storageFailureOf } from '../db/storage-errors';
import { editRefused, listNotFound, ReadingListError } from './errors';
import { loadList } from './load-list';
import { tokenMatchesHash } from './tokens';
import type { ReadingListView } from './types';

/** A Prisma transaction client: what `db.$transaction(async (tx) => ...)` hands to its callback. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Throws 404 for an unknown list and 403 for a missing or wrong edit token. */
export async function authorizeEdit(db: Db | Tx, id: string, token: string | null | undefined) {
  const row = await db.readingList.findUnique({
    where: { id },
    select: { editTokenHash: true, version: true },
  });
  if (!row) throw listNotFound();
  if (!tokenMatchesHash(token, row.editTokenHash)) throw editRefused();
  return row;
}

export interface EditTarget {
  db: Db;
  id: string;
  token: string | null | undefined;
  /** The version the edit was made on; undefined only for edits that cannot overwrite anything (appends). */
  version: number | undefined;
}

// Several app instances on one SQLite file: a transaction that read the list and then wants to write it while
// another process is writing gets SQLITE_BUSY at once (waiting could deadlock), however long the busy timeout is.
// Nothing was written, so it is run again; it then sees the other edit's version, and a stale edit becomes a 409.
const BUSY_ATTEMPTS = 8;
const isBusy = (error: unknown) => /BUSY|LOCKED|locked/i.test(storageFailureOf(error) ?? '');

async function retryWhileBusy(run: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= BUSY_ATTEMPTS || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

export async function editList(
  { db, id, token, version }: EditTarget,
  change: (tx: Tx) => Promise<void>,
): Promise<ReadingListView> {
  try {
    await retryWhileBusy(() =>
      db.$transaction(async (tx) => {
        await authorizeEdit(tx, id, token);
        // A conditional update is the version check: of two edits made on the same version only the first matches
        // (on PostgreSQL the second waits for the first's row lock, then finds the version moved on). An append
        // carries no version: it bumps whatever version the list is at.
        const bumped = await tx.readingList.updateMany({
          where: version === undefined ? { id } : { id, version },
          data: { version: { increment: 1 } },
        });
        if (bumped.count === 0) throw new ReadingListError('conflict', '');
        await change(tx);
      }),
    );
  } catch (error) {
    if (error instanceof ReadingListError && error.code === 'conflict' && !error.current) {
      const current = await loadList(db, { id });
      throw new ReadingListError(
        'conflict',
        `This list was changed by someone else (your edit was made on version ${version}, it is now at version ` +
          `${current.version}). Your edit was not saved; here is the current list.`,
        'version',
        current,
      );
    }
    throw error;
  }
  return loadList(db, { id });
}
