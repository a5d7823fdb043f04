import { getDb, type Db } from '../db/client';
import { listNotFound } from './errors';
import { loadList } from './load-list';
import { TOKEN_PATTERN } from './tokens';
import { toSharedList, type SharedReadingList } from './types';

/**
 * The students' read-only view, reached by the share token alone. The token is looked up through a unique index;
 * the edit token, which grants writes, is the one compared in constant time against a stored hash.
 */
export async function getSharedList(shareToken: string, db: Db = getDb()): Promise<SharedReadingList> {
  if (!TOKEN_PATTERN.test(shareToken)) throw listNotFound();
  return toSharedList(await loadList(db, { shareToken }));
}
