import { getDb, type Db } from '../db/client';
import { editList } from './edit-list';
import { ReadingListError } from './errors';
import { parseInput } from './parse-input';
import { findSection, listSectionIds } from './positions';
import { studyExists } from './load-studies';
import { addItemSchema, LIMITS } from './schemas';
import type { ReadingListView } from './types';

/** Adds a study at the end of a section (by default the last one). A study appears once per list. */
export async function addItem(
  id: string,
  token: string | null,
  input: unknown,
  db: Db = getDb(),
): Promise<ReadingListView> {
  const { version, studyId, sectionId, ...fields } = parseInput(addItemSchema, input);
  return editList({ db, id, token, version }, async (tx) => {
    if (!(await studyExists(tx, studyId))) {
      throw new ReadingListError('not-found', `No study with id "${studyId}" in the corpus.`, 'studyId');
    }
    if (await tx.readingListItem.findUnique({ where: { listId_studyId: { listId: id, studyId } } })) {
      throw new ReadingListError('invalid', 'This study is already in the list.', 'studyId');
    }
    if ((await tx.readingListItem.count({ where: { listId: id } })) >= LIMITS.items) {
      throw new ReadingListError('invalid', `A list can hold at most ${LIMITS.items} studies.`, 'studyId');
    }
    const target = sectionId ?? (await listSectionIds(tx, id)).at(-1);
    if (target === undefined)
      throw new ReadingListError('invalid', 'The list has no section to add to.', 'sectionId');
    await findSection(tx, id, target);
    const position = await tx.readingListItem.count({ where: { sectionId: target } });
    await tx.readingListItem.create({
      data: {
        listId: id,
        sectionId: target,
        studyId,
        position,
        importance: fields.importance,
        note: fields.note ?? null,
        question: fields.question ?? null,
      },
    });
  });
}
