import { getDb, type Db } from '../db/client';
import { loadList } from './load-list';
import { parseInput } from './parse-input';
import { createListSchema } from './schemas';
import { hashToken, newEditToken, newListId, newShareToken } from './tokens';
import type { ReadingListView } from './types';

const DEFAULT_SECTION = { en: 'Readings', id: 'Bacaan' } as const;

/** Creates a list with one section; the edit token is returned once and never stored in clear. */
export async function createList(
  input: unknown,
  db: Db = getDb(),
): Promise<{ list: ReadingListView; editToken: string }> {
  const data = parseInput(createListSchema, input);
  const editToken = newEditToken();
  const id = newListId();
  await db.readingList.create({
    data: {
      id,
      title: data.title,
      course: data.course ?? null,
      description: data.description ?? null,
      language: data.language,
      editTokenHash: hashToken(editToken),
      shareToken: newShareToken(),
      sections: { create: { position: 0, title: data.sectionTitle ?? DEFAULT_SECTION[data.language] } },
    },
  });
  return { list: await loadList(db, { id }), editToken };
}
