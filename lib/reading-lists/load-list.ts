import type { Db } from '../db/client';
import { listNotFound } from './errors';
import { loadStudies } from './load-studies';
import type { Importance, ListLanguage, ReadingListView } from './types';

const listInclude = {
  sections: {
    orderBy: { position: 'asc' },
    include: { items: { orderBy: { position: 'asc' } } },
  },
} as const;

/** Reads a whole list (sections, items, their studies) into the owner's view. */
export async function loadList(
  db: Db,
  where: { id: string } | { shareToken: string },
): Promise<ReadingListView> {
  const row = await db.readingList.findUnique({ where, include: listInclude });
  if (!row) throw listNotFound();
  const studies = await loadStudies(
    db,
    row.sections.flatMap((s) => s.items.map((i) => i.studyId)),
  );
  return {
    id: row.id,
    title: row.title,
    course: row.course,
    description: row.description,
    language: row.language as ListLanguage,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    shareToken: row.shareToken,
    sections: row.sections.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.items.map((item) => ({
        id: item.id,
        studyId: item.studyId,
        importance: item.importance as Importance,
        note: item.note,
        question: item.question,
        study: studies.get(item.studyId) ?? null,
      })),
    })),
  };
}
