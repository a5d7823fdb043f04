import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { findSection } from './positions';
import { renameSectionSchema } from './schemas';
import type { ReadingListView } from './types';

export async function renameSection(
  id: string,
  token: string | null,
  sectionId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, title } = parseInput(renameSectionSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    await findSection(tx, id, sectionId);
    await tx.readingListSection.update({ where: { id: sectionId }, data: { title } });
  });
}
