// What the store remembers of OAI-PMH sources: each source and how far it was harvested, and each record with the
// study it became (or the file study it was merged into), so a harvest run knows what is new, changed, unchanged
// or deleted without parsing anything again.
import type { Prisma } from './generated/client';
import type { Db } from './client';

export interface HarvestSourceRow {
  key: string;
  baseUrl: string;
  setSpec: string | null;
  metadataPrefix: string;
  repositoryName: string | null;
  harvestedUntil: string | null;
}

export interface StoredRecord {
  identifier: string;
  datestamp: string;
  contentHash: string;
  parserStamp: string;
  studyId: string;
  merged: boolean;
}

export async function upsertHarvestSource(
  db: Db,
  source: Omit<HarvestSourceRow, 'harvestedUntil'>,
): Promise<HarvestSourceRow> {
  const { key, ...fields } = source;
  return db.harvestSource.upsert({
    where: { key },
    create: source,
    update: fields,
    select: {
      key: true,
      baseUrl: true,
      setSpec: true,
      metadataPrefix: true,
      repositoryName: true,
      harvestedUntil: true,
    },
  });
}

export async function listHarvestedRecords(db: Db, sourceKey: string): Promise<Map<string, StoredRecord>> {
  const rows = await db.harvestRecord.findMany({
    where: { sourceKey },
    select: {
      identifier: true,
      datestamp: true,
      contentHash: true,
      parserStamp: true,
      studyId: true,
      merged: true,
    },
  });
  return new Map(rows.map((row) => [row.identifier, row]));
}

export async function saveHarvestedRecord(
  db: Db,
  sourceKey: string,
  record: StoredRecord & { doi: string | null; url: string | null },
): Promise<void> {
  const { identifier, ...fields } = record;
  await db.harvestRecord.upsert({
    where: { sourceKey_identifier: { sourceKey, identifier } },
    create: { sourceKey, identifier, ...fields },
    update: fields,
  });
}

export async function forgetHarvestedRecord(db: Db, sourceKey: string, identifier: string): Promise<void> {
  await db.harvestRecord.deleteMany({ where: { sourceKey, identifier } });
}

export async function finishHarvestRun(
  db: Db,
  sourceKey: string,
  run: { harvestedUntil?: string; outcome: Prisma.InputJsonValue },
): Promise<void> {
  await db.harvestSource.update({
    where: { key: sourceKey },
    data: {
      lastRunAt: new Date(),
      lastOutcome: run.outcome,
      ...(run.harvestedUntil ? { harvestedUntil: run.harvestedUntil } : {}),
    },
  });
}

/** A study from a file (not itself harvested) that states this DOI. */
export async function findFileStudyByDoi(db: Db, doi: string): Promise<{ id: string } | null> {
  return db.study.findFirst({
    where: { doi: { equals: doi }, format: { not: 'harvest' } },
    select: { id: true },
  });
}

/** A merged record lends the file study what the file did not state: its DOI and landing page. */
export async function lendIdentifiers(
  db: Db,
  studyId: string,
  identifiers: { doi: string | null; url: string | null },
): Promise<void> {
  if (identifiers.doi)
    await db.study.updateMany({ where: { id: studyId, doi: null }, data: { doi: identifiers.doi } });
  if (identifiers.url)
    await db.study.updateMany({ where: { id: studyId, url: null }, data: { url: identifiers.url } });
}

export interface StudyHarvestRecord {
  identifier: string;
  merged: boolean;
  source: { key: string; baseUrl: string; repositoryName: string | null };
}

/** The records a study came from or was merged with, for its page. */
export async function listHarvestRecordsOfStudy(db: Db, studyId: string): Promise<StudyHarvestRecord[]> {
  return db.harvestRecord.findMany({
    where: { studyId },
    orderBy: [{ sourceKey: 'asc' }, { identifier: 'asc' }],
    select: {
      identifier: true,
      merged: true,
      source: { select: { key: true, baseUrl: true, repositoryName: true } },
    },
  });
}

export interface UnmergedRecord {
  sourceKey: string;
  identifier: string;
  studyId: string;
  doi: string | null;
  url: string | null;
}

/** The records that are studies of their own (not merged into a file's study). */
export async function listUnmergedRecords(db: Db): Promise<UnmergedRecord[]> {
  return db.harvestRecord.findMany({
    where: { merged: false },
    select: { sourceKey: true, identifier: true, studyId: true, doi: true, url: true },
  });
}

/** The record now points at the file study it was merged into (its own study is removed by the caller). */
export async function markRecordMerged(db: Db, record: UnmergedRecord, fileStudyId: string): Promise<void> {
  await db.harvestRecord.update({
    where: { sourceKey_identifier: { sourceKey: record.sourceKey, identifier: record.identifier } },
    data: { studyId: fileStudyId, merged: true },
  });
}

/**
 * The file a record was merged into is gone, so the record has no study any more. It is forgotten and its source
 * harvested from the beginning next time (unchanged records cost a hash each), where it becomes a study of its own.
 */
export async function releaseMergedRecords(db: Db, removedStudyIds: string[]): Promise<number> {
  let count = 0;
  // In slices: SQLite bounds the values of one IN list, and a moved corpus removes many files at once.
  for (let start = 0; start < removedStudyIds.length; start += 500) {
    const where = { merged: true, studyId: { in: removedStudyIds.slice(start, start + 500) } };
    const released = await db.harvestRecord.findMany({ where, select: { sourceKey: true } });
    if (released.length === 0) continue;
    const sources = [...new Set(released.map((r) => r.sourceKey))];
    await db.$transaction([
      db.harvestRecord.deleteMany({ where }),
      db.harvestSource.updateMany({ where: { key: { in: sources } }, data: { harvestedUntil: null } }),
    ]);
    count += released.length;
  }
  return count;
}
