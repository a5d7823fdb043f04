import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { findItem, renumberItems, sectionItemIds } from './positions';
import { versionOnlySchema } from './schemas';
import type { ReadingListView } from './types';

export async function removeItem(
  id: string,
  token: string | null,
  itemId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version } = parseInput(versionOnlySchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    const item = await findItem(tx, id, itemId);
    await tx.readingListItem.delete({ where: { id: itemId } });
    await renumberItems(tx, item.sectionId, await sectionItemIds(tx, item.sectionId));
  });
}
