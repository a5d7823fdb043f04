import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { findItem } from './positions';
import { updateItemSchema } from './schemas';
import type { ReadingListView } from './types';

/** Sets an item's importance, note or guiding question. */
export async function updateItem(
  id: string,
  token: string | null,
  itemId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, ...changes } = parseInput(updateItemSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    await findItem(tx, id, itemId);
    await tx.readingListItem.update({ where: { id: itemId }, data: changes });
  });
}
