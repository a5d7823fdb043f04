import { getDb, type Db } from './client';
import { studyWhere, type StudyFilters } from './study-filters';
import { summaryInclude, toStudySummary } from './study-mappers';
import type { StudySummary } from './types';

export interface StudyPage {
  total: number;
  studies: StudySummary[];
}

/**
 * Studies matching the facet filters, newest studied period first (then by id, so pages are stable); without
 * `page` every match is returned, which the timeline and the choosers need.
 */
export async function listStudies(
  filters: StudyFilters = {},
  page?: { page: number; size: number },
  db: Db = getDb(),
): Promise<StudyPage> {
  const where = studyWhere(filters);
  const [total, rows] = await Promise.all([
    db.study.count({ where }),
    db.study.findMany({
      where,
      include: summaryInclude,
      orderBy: [
        { periodTo: { sort: 'desc', nulls: 'last' } },
        { year: { sort: 'desc', nulls: 'last' } },
        { id: 'asc' },
      ],
      ...(page ? { skip: (page.page - 1) * page.size, take: page.size } : {}),
    }),
  ]);
  return { total, studies: rows.map(toStudySummary) };
}
