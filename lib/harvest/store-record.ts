// One harvested record into the store. A record is unchanged when its XML and the parser are (nothing is parsed);
// otherwise it goes through the cascade and is written as its study in one transaction, unless the store already
// holds it as a file (the same DOI, or a near-duplicate text): then it is merged into that study, not stored twice.
// A deleted record takes its study with it; a merged one only its link, since the file is still there.
import type { NearDuplicateInput } from '../ingest/near-duplicates';
import { findNearDuplicates } from '../ingest/near-duplicates';
import { StudyIdAllocator } from '../ingest/study-ids';
import type { StoreSession } from '../ingest/store-session';
import {
  findFileStudyByDoi,
  forgetHarvestedRecord,
  lendIdentifiers,
  saveHarvestedRecord,
  type StoredRecord,
} from '../db/harvest-records';
import type { StoredStudy } from '../db/stored-hashes';
import { sha256 } from '../ingest/corpus-files';
import type { HarvestedRecord } from './oai-dc-record';
import { harvestedSourceFile, recordToDocument, type RecordOrigin } from './record-to-document';

export type RecordStatus = 'new' | 'updated' | 'unchanged' | 'merged' | 'deleted' | 'failed';

export interface RecordContext {
  session: StoreSession;
  origin: RecordOrigin;
  parserStamp: string;
  /** The source's records as stored, by identifier; kept up to date as records are written. */
  known: Map<string, StoredRecord>;
  /** Every stored study by its place in the store (a file path, or harvested/KEY/IDENTIFIER). */
  studies: Map<string, StoredStudy>;
  ids: StudyIdAllocator;
  /** The comparison words of the studies that came from files, for finding a record's twin among them. */
  fileStudies: NearDuplicateInput[];
}

/** The readable part of an id: "oai:journal.example:article/12" is article 12 of its source. */
function readablePath(sourceKey: string, identifier: string): string {
  const local = identifier.split(':').at(-1) || identifier;
  return `${sourceKey}/${local}`;
}

async function mergeTarget(context: RecordContext, doc: ReturnType<typeof recordToDocument>) {
  if (doc.doi) {
    const byDoi = await findFileStudyByDoi(context.session.db, doc.doi);
    if (byDoi) return byDoi.id;
  }
  if (!context.fileStudies.length) return null;
  const self = '\u0000record';
  const pairs = findNearDuplicates([...context.fileStudies, { id: self, terms: doc.comparisonTerms }]);
  const twin = pairs.find((pair) => pair.a === self || pair.b === self);
  return twin ? (twin.a === self ? twin.b : twin.a) : null;
}

export async function storeRecord(
  context: RecordContext,
  record: HarvestedRecord,
  xml: string,
): Promise<{ status: RecordStatus; studyId?: string }> {
  const { session, origin } = context;
  const previous = context.known.get(record.identifier);
  if (record.deleted) return removeRecord(context, record.identifier);
  const contentHash = sha256(xml);
  if (previous && previous.contentHash === contentHash && previous.parserStamp === context.parserStamp)
    return { status: 'unchanged', studyId: previous.studyId };

  const doc = recordToDocument(record, xml, origin);
  const stored: StoredRecord = {
    identifier: record.identifier,
    datestamp: record.datestamp,
    contentHash,
    parserStamp: context.parserStamp,
    studyId: '',
    merged: false,
  };
  const twin = await mergeTarget(context, doc);
  if (twin) {
    if (previous && !previous.merged) await session.writer.remove([previous.studyId]);
    await lendIdentifiers(session.db, twin, { doi: doc.doi ?? null, url: doc.url ?? null });
    await remember(context, { ...stored, studyId: twin, merged: true }, doc);
    return { status: 'merged', studyId: twin };
  }

  // A study written by a run that stopped before it remembered its record is found by its place in the store.
  const existing = previous && !previous.merged ? previous.studyId : context.studies.get(doc.sourceFile)?.id;
  const id = existing ?? context.ids.allocate(readablePath(origin.key, record.identifier));
  await session.writer.save(id, doc, { sidecarHash: null, parserStamp: context.parserStamp });
  context.studies.set(doc.sourceFile, {
    id,
    sourceFile: doc.sourceFile,
    contentHash,
    sidecarHash: null,
    parserStamp: context.parserStamp,
    format: 'harvest',
  });
  await remember(context, { ...stored, studyId: id }, doc);
  return { status: existing ? 'updated' : 'new', studyId: id };
}

async function remember(
  context: RecordContext,
  record: StoredRecord,
  doc: { doi?: string | null; url?: string | null },
) {
  await saveHarvestedRecord(context.session.db, context.origin.key, {
    ...record,
    doi: doc.doi ?? null,
    url: doc.url ?? null,
  });
  context.known.set(record.identifier, record);
}

export async function removeRecord(
  context: RecordContext,
  identifier: string,
): Promise<{ status: RecordStatus; studyId?: string }> {
  const previous = context.known.get(identifier);
  const sourceFile = harvestedSourceFile(context.origin.key, identifier);
  const orphan = context.studies.get(sourceFile);
  if (!previous && !orphan) return { status: 'unchanged' }; // deleted before we ever saw it
  if (previous && !previous.merged) await context.session.writer.remove([previous.studyId]);
  else if (orphan) await context.session.writer.remove([orphan.id]);
  await forgetHarvestedRecord(context.session.db, context.origin.key, identifier);
  context.known.delete(identifier);
  context.studies.delete(sourceFile);
  return { status: 'deleted', studyId: previous?.studyId ?? orphan?.id };
}
