import Database from 'better-sqlite3';
import type { ParsedDocument } from '../ingest/types';
import { COMPARISON_ROWS_SQL, nearDuplicatesOf, type ComparisonRow } from './near-duplicate-pairs';
import { CHILD_TABLES, studyRows, type Row } from './study-rows';
import { toJsonOrScalar, type StudyWriter } from './study-writer';

// SQLite's write path: prepared statements on better-sqlite3, ~0.3 ms per document.

function toSqlValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return toJsonOrScalar(value);
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

export class SqliteStudyWriter implements StudyWriter {
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

  async save(id: string, doc: ParsedDocument, stamps: { sidecarHash: string | null; parserStamp: string }) {
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

  async rename(renames: { from: string; to: string }[]) {
    if (renames.length === 0) return;
    const study = this.db.prepare('UPDATE "Study" SET "id" = ? WHERE "id" = ?');
    // A list holding both studies keeps its old item rather than breaking the (list, study) uniqueness.
    const items = this.db.prepare('UPDATE OR IGNORE "ReadingListItem" SET "studyId" = ? WHERE "studyId" = ?');
    const records = this.db.prepare('UPDATE "HarvestRecord" SET "studyId" = ? WHERE "studyId" = ?');
    this.db.transaction(() => {
      for (const { from, to } of renames) {
        study.run(to, from);
        items.run(to, from);
        records.run(to, from);
      }
    })();
  }

  async remove(ids: string[]) {
    this.db.transaction(() => ids.forEach((id) => this.deleteStudy.run(id)))();
  }

  async refreshNearDuplicates() {
    const rows = this.db.prepare(COMPARISON_ROWS_SQL).all() as ComparisonRow[];
    const { findings, tableRows } = nearDuplicatesOf(rows);
    const insert = this.db.prepare(
      'INSERT INTO "StudyNearDuplicate" ("studyId", "otherId", "similarity") VALUES (?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM "StudyNearDuplicate"').run();
      for (const row of tableRows) insert.run(row.studyId, row.otherId, row.similarity);
    })();
    return findings;
  }

  async close() {
    this.db.close();
  }
}
