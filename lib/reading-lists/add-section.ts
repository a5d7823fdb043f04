import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { ReadingListError } from './errors';
import { parseInput } from './parse-input';
import { addSectionSchema, LIMITS } from './schemas';
import type { ReadingListView } from './types';

/** Appends a section at the end of the list. */
export async function addSection(
  id: string,
  token: string | null,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, title } = parseInput(addSectionSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    const count = await tx.readingListSection.count({ where: { listId: id } });
    if (count >= LIMITS.sections) {
      throw new ReadingListError('invalid', `A list can have at most ${LIMITS.sections} sections.`, 'title');
    }
    await tx.readingListSection.create({ data: { listId: id, position: count, title } });
  });
}
