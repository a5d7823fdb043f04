import type { Db } from '../db/client';
import { summaryInclude, toStudySummary } from '../db/study-mappers';
import type { ListStudy } from './types';

/** The studies of a list, by id; ids no longer in the corpus are simply absent from the map. */
export async function loadStudies(db: Db, ids: string[]): Promise<Map<string, ListStudy>> {
  if (!ids.length) return new Map();
  const rows = await db.study.findMany({ where: { id: { in: ids } }, include: summaryInclude });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...toStudySummary(row),
        titles: { id: row.titleId, en: row.titleEn },
        abstracts: { id: row.abstractId, en: row.abstractEn },
        venue: row.venue,
        volume: row.volume,
        issue: row.issue,
        affiliation: row.affiliation,
      },
    ]),
  );
}

/** Takes the client or a transaction: only the study table is read. */
export async function studyExists(db: Pick<Db, 'study'>, id: string): Promise<boolean> {
  return (await db.study.count({ where: { id } })) > 0;
}
