import { getDb, type Db } from './client';
import { listHarvestRecordsOfStudy } from './harvest-records';
import { detailInclude, toStudyDetail } from './study-mappers';
import type { StudyDetail } from './types';

export async function getStudy(id: string, db: Db = getDb()): Promise<StudyDetail | null> {
  const row = await db.study.findUnique({ where: { id }, include: detailInclude });
  if (!row) return null;
  return { ...toStudyDetail(row), harvested: await listHarvestRecordsOfStudy(db, id) };
}
