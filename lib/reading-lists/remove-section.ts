import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { ReadingListError } from './errors';
import { parseInput } from './parse-input';
import { findSection, listSectionIds, renumberItems, renumberSections, sectionItemIds } from './positions';
import { versionOnlySchema } from './schemas';
import type { ReadingListView } from './types';

/**
 * Removes a section. Its items are not deleted with it (a lecturer's notes are too easy to lose that way): they
 * move to the end of the section before it, or of the next one when it was the first. The last section stays.
 */
export async function removeSection(
  id: string,
  token: string | null,
  sectionId: number,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version } = parseInput(versionOnlySchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    await findSection(tx, id, sectionId);
    const sections = await listSectionIds(tx, id);
    if (sections.length === 1) {
      throw new ReadingListError(
        'invalid',
        'A list keeps at least one section; rename it instead.',
        'sectionId',
      );
    }
    const index = sections.indexOf(sectionId);
    const heir = sections[index === 0 ? 1 : index - 1] as number;
    await renumberItems(tx, heir, [
      ...(await sectionItemIds(tx, heir)),
      ...(await sectionItemIds(tx, sectionId)),
    ]);
    await tx.readingListSection.delete({ where: { id: sectionId } });
    await renumberSections(
      tx,
      sections.filter((other) => other !== sectionId),
    );
  });
}
