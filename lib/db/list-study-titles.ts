import { getDb, type Db } from './client';

/** The display title of each study asked for that exists, in the order asked. */
export async function listStudyTitles(
  ids: string[],
  db: Db = getDb(),
): Promise<{ id: string; title: string }[]> {
  if (!ids.length) return [];
  const rows = await db.study.findMany({
    where: { id: { in: ids } },
    select: { id: true, titleId: true, titleEn: true, sourceFile: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r.titleId ?? r.titleEn ?? r.sourceFile]));
  return ids.flatMap((id) => {
    const title = byId.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
}
