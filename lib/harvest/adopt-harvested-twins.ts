// The other direction of merging: a file ingested after its record was harvested (a programme harvests its
// repository, then adds the theses' PDFs). A harvested study whose record states the DOI a file states, or whose
// text is a near-duplicate of a file's (the same findNearDuplicates the harvest merges by), is folded into the
// file's study: the record now points at it and lends it its DOI and landing page, and its own study goes.
import {
  lendIdentifiers,
  listUnmergedRecords,
  markRecordMerged,
  type UnmergedRecord,
} from '../db/harvest-records';
import { COMPARISON_ROWS_SQL, comparisonInput, type ComparisonRow } from '../db/near-duplicate-pairs';
import { findNearDuplicates } from '../ingest/near-duplicates';
import type { StoreSession } from '../ingest/store-session';
import { harvestedSourceFile } from './record-to-document';

export interface AdoptedRecord {
  sourceKey: string;
  identifier: string;
  /** The study the record had become, now removed. */
  harvestedStudyId: string;
  /** The file's study it was merged into, and the file. */
  studyId: string;
  file: string;
  by: 'doi' | 'near-duplicate';
}

export async function adoptHarvestedTwins(session: StoreSession): Promise<AdoptedRecord[]> {
  const { db, writer } = session;
  const harvested = await db.study.findMany({
    where: { format: 'harvest' },
    select: { id: true, sourceFile: true },
  });
  const leftovers = await mergedLeftovers(session, harvested);
  await writer.remove(leftovers);
  const records = await listUnmergedRecords(db);
  if (records.length === 0) return [];
  const recordOf = new Map(records.map((record) => [record.studyId, record]));
  const twins = new Map<string, { fileId: string; by: AdoptedRecord['by'] }>();

  // Matched here rather than with an IN list, which SQLite bounds at a few thousand values.
  const fileDois = await db.study.findMany({
    where: { format: { not: 'harvest' }, doi: { not: null } },
    select: { id: true, doi: true },
  });
  const fileByDoi = new Map(fileDois.map((study) => [study.doi, study.id]));
  for (const record of records) {
    const fileId = record.doi ? fileByDoi.get(record.doi) : undefined;
    if (fileId) twins.set(record.studyId, { fileId, by: 'doi' });
  }

  const rows = await db.$queryRawUnsafe<ComparisonRow[]>(COMPARISON_ROWS_SQL);
  const harvestedIds = new Set(harvested.map((study) => study.id));
  const fileOf = new Map(rows.map((row) => [row.id, row.sourceFile]));
  const isFile = new Set(rows.filter((row) => !harvestedIds.has(row.id)).map((row) => row.id));
  const candidates = rows.filter((row) => isFile.has(row.id) || (recordOf.has(row.id) && !twins.has(row.id)));
  // The closest file first, so a record that resembles two files goes to the one it is most like.
  const pairs = findNearDuplicates(candidates.map(comparisonInput)).sort(
    (a, b) => b.similarity - a.similarity,
  );
  for (const pair of pairs) {
    const [harvested, file] = isFile.has(pair.a) ? [pair.b, pair.a] : [pair.a, pair.b];
    if (isFile.has(harvested) || !isFile.has(file) || twins.has(harvested)) continue;
    twins.set(harvested, { fileId: file, by: 'near-duplicate' });
  }

  const adopted: AdoptedRecord[] = [];
  for (const [harvestedStudyId, { fileId, by }] of twins) {
    const record = recordOf.get(harvestedStudyId) as UnmergedRecord;
    // The record first: stopped between the two, the store keeps a study too many (removed when the next pass
    // starts), never a record whose study is gone.
    await markRecordMerged(db, record, fileId);
    await writer.remove([harvestedStudyId]);
    await lendIdentifiers(db, fileId, { doi: record.doi, url: record.url });
    adopted.push({
      sourceKey: record.sourceKey,
      identifier: record.identifier,
      harvestedStudyId,
      file: fileOf.get(fileId) ?? fileId,
      studyId: fileId,
      by,
    });
  }
  return adopted;
}

/** Studies of records already merged into a file: what a pass that stopped between its two writes left. */
async function mergedLeftovers(
  { db }: StoreSession,
  harvested: { id: string; sourceFile: string }[],
): Promise<string[]> {
  const merged = await db.harvestRecord.findMany({
    where: { merged: true },
    select: { sourceKey: true, identifier: true },
  });
  const places = new Set(merged.map((record) => harvestedSourceFile(record.sourceKey, record.identifier)));
  return harvested.filter((study) => places.has(study.sourceFile)).map((study) => study.id);
}
