import { getDb, type Db } from '../db/client';
import { authorizeEdit } from './edit-list';

/** Deletes a list with its sections and items (the edit token is the only authority needed). */
export async function deleteList(id: string, token: string | null, db: Db = getDb()): Promise<void> {
  await authorizeEdit(db, id, token);
  await db.readingList.delete({ where: { id } });
}
