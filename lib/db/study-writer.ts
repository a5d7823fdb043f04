import { isPostgresUrl } from '../env';
import type { ParsedDocument } from '../ingest/types';
import type { NearDuplicateFinding } from './near-duplicate-pairs';

// The ingest's write path, one per provider. Prisma owns the schema, the migrations and every read; writing a
// document through it cost ~17 ms (a query-compiler round trip per statement), so the ingest writes the same
// tables on the same drivers directly: prepared statements on SQLite, batched multi-row statements on PostgreSQL.
// Either way a document is written in one transaction: its old rows go and the new ones come, or nothing changes.
export interface StudyWriter {
  save(
    id: string,
    doc: ParsedDocument,
    stamps: { sidecarHash: string | null; parserStamp: string },
  ): Promise<void>;
  /**
   * Gives stored studies new ids in one transaction: child rows follow (ON UPDATE CASCADE), and so do reading-list
   * items and the harvested records merged into a study, which point at studies by id without a foreign key.
   */
  rename(renames: { from: string; to: string }[]): Promise<void>;
  /** Removes studies (and their child rows) in one transaction. */
  remove(ids: string[]): Promise<void>;
  /** Recomputes the possible near-duplicates over the whole store (see near-duplicate-pairs.ts). */
  refreshNearDuplicates(): Promise<NearDuplicateFinding[]>;
  close(): Promise<void>;
}

/** Opens the writer for a store location: a SQLite file or a PostgreSQL URL. */
export async function openStudyWriter(location: string): Promise<StudyWriter> {
  if (isPostgresUrl(location)) {
    const { PostgresStudyWriter } = await import('./postgres-study-writer');
    return PostgresStudyWriter.open(location);
  }
  const { SqliteStudyWriter } = await import('./sqlite-study-writer');
  return new SqliteStudyWriter(location);
}

/** A value as both drivers take it: JSON columns as text, booleans and dates as the caller says. */
export function toJsonOrScalar(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}
