import { getDb, type Db } from '../db/client';
import { authorizeEdit } from './edit-list';
import { listNotFound } from './errors';
import { loadList } from './load-list';
import { TOKEN_PATTERN } from './tokens';
import type { ReadingListView } from './types';

const LIST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The owner's view of a list: 404 for an unknown list, 403 without the right edit token. */
export async function getList(
  id: string,
  editToken: string | null | undefined,
  db: Db = getDb(),
): Promise<ReadingListView> {
  if (!LIST_ID.test(id)) throw listNotFound();
  await authorizeEdit(db, id, editToken && TOKEN_PATTERN.test(editToken) ? editToken : null);
  return loadList(db, { id });
}

export const isListId = (id: string) => LIST_ID.test(id);
