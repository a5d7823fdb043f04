import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { findItem, findSection, moveInOrder, renumberItems, sectionItemIds } from './positions';
import { moveItemSchema } from './schemas';
import type { ReadingListView } from './types';

/** Moves an item to a 0-based position in its section or, with `sectionId`, in another section of the list. */
export async function moveItem(
  id: string,
  token: string | null,
  itemId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, sectionId, position } = parseInput(moveItemSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    const item = await findItem(tx, id, itemId);
    const target = sectionId ?? item.sectionId;
    await findSection(tx, id, target);
    if (target !== item.sectionId) {
      await renumberItems(
        tx,
        item.sectionId,
        (await sectionItemIds(tx, item.sectionId)).filter((i) => i !== itemId),
      );
    }
    await renumberItems(tx, target, moveInOrder(await sectionItemIds(tx, target), itemId, position));
  });
}
