import Database from 'better-sqlite3';
import type { ParsedDocument } from '../ingest/types';
import { refreshNearDuplicates } from './near-duplicate-pairs';
import { CHILD_TABLES, studyRows, type Row } from './study-rows';

// The ingest's write path. Prisma owns the schema, the migrations and every read; writing a document through it
// cost ~17 ms (a query-compiler round trip per statement), so the ingest writes the same tables with prepared
// statements on the same driver: ~0.3 ms per document, still one transaction per document.

function toSqlValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return value; // a blob (StudyOriginal.bytes)
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/**
 * Opens the store for writing beside a running server: WAL lets the server read while the ingest writes, and the
 * busy timeout waits for the server's own short writes (reading lists) instead of failing at once.
 */
export function openWritable(file: string): Database.Database {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}

export const BUSY_TIMEOUT_MS = 10_000;

export class StudyWriter {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly deleteStudy: Database.Statement;
  private readonly ownerOf: Database.Statement;

  constructor(file: string) {
    this.db = openWritable(file);
    this.deleteStudy = this.db.prepare('DELETE FROM "Study" WHERE "id" = ?');
    this.ownerOf = this.db.prepare('SELECT "sourceFile" FROM "Study" WHERE "id" = ?').pluck();
  }

  private insert(table: string, row: Row): void {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(',')}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const names = columns.map((c) => `"${c}"`).join(', ');
      statement = this.db.prepare(
        `INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(key, statement);
    }
    statement.run(...columns.map((c) => toSqlValue(row[c])));
  }

  /** Replaces one document's record atomically: the old rows go and the new ones come in one transaction. */
  save(id: string, doc: ParsedDocument, stamps: { sidecarHash: string | null; parserStamp: string }): void {
    const { study, children } = studyRows(id, doc, stamps.sidecarHash);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      // An id names one file for good: a study of another file under this id is an error, never replaced.
      const owner = this.ownerOf.get(id) as string | undefined;
      if (owner !== undefined && owner !== doc.sourceFile)
        throw new Error(`study id "${id}" already belongs to ${owner}; not overwritten`);
      // Child rows go with their study (ON DELETE CASCADE).
      this.deleteStudy.run(id);
      this.insert('Study', { ...study, parserStamp: stamps.parserStamp, ingestedAt: now, updatedAt: now });
      for (const table of CHILD_TABLES)
        for (const row of children[table]) this.insert(table, { ...row, studyId: id });
    })();
  }

  /**
   * Gives stored studies new ids in one transaction: child rows follow (ON UPDATE CASCADE), and so do reading-list
   * items, which point at studies by id without a foreign key.
   */
  rename(renames: { from: string; to: string }[]): void {
    if (renames.length === 0) return;
    const study = this.db.prepare('UPDATE "Study" SET "id" = ? WHERE "id" = ?');
    const items = this.db.prepare('UPDATE OR IGNORE "ReadingListItem" SET "studyId" = ? WHERE "studyId" = ?');
    this.db.transaction(() => {
      for (const { from, to } of renames) {
        study.run(to, from);
        items.run(to, from);
      }
    })();
  }

  /** Removes studies (and their child rows) in one transaction. */
  remove(ids: string[]): void {
    this.db.transaction(() => ids.forEach((id) => this.deleteStudy.run(id)))();
  }

  /** Recomputes the possible near-duplicates over the whole store (see near-duplicate-pairs.ts). */
  refreshNearDuplicates() {
    return refreshNearDuplicates(this.db);
  }

  close(): void {
    this.db.close();
  }
}
