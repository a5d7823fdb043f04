import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { updateListSchema } from './schemas';
import type { ReadingListView } from './types';

/** Renames the list or changes its course, description or language; refused when made on a stale version. */
export async function updateList(
  id: string,
  token: string | null,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, ...changes } = parseInput(updateListSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    await tx.readingList.update({ where: { id }, data: changes });
  });
}
