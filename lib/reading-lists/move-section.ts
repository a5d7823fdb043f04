import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { parseInput } from './parse-input';
import { findSection, listSectionIds, moveInOrder, renumberSections } from './positions';
import { moveSectionSchema } from './schemas';
import type { ReadingListView } from './types';

/** Moves a section to a 0-based position among the list's sections (clamped to the end). */
export async function moveSection(
  id: string,
  token: string | null,
  sectionId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, position } = parseInput(moveSectionSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    await findSection(tx, id, sectionId);
    await renumberSections(tx, moveInOrder(await listSectionIds(tx, id), sectionId, position));
  });
}
