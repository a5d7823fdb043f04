import Database from 'better-sqlite3';
import type { ParsedDocument } from '../ingest/types';
import { CHILD_TABLES, studyRows, type Row } from './study-rows';

// The ingest's write path. Prisma owns the schema, the migrations and every read; writing a document through it
// cost ~17 ms (a query-compiler round trip per statement), so the ingest writes the same tables with prepared
// statements on the same driver: ~0.3 ms per document, still one transaction per document.

function toSqlValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

export class StudyWriter {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly deleteStudy: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.deleteStudy = this.db.prepare('DELETE FROM "Study" WHERE "id" = ?');
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
  save(id: string, doc: ParsedDocument, sidecarHash: string | null): void {
    const { study, children } = studyRows(id, doc, sidecarHash);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      // Child rows go with their study (ON DELETE CASCADE).
      this.deleteStudy.run(id);
      this.insert('Study', { ...study, ingestedAt: now, updatedAt: now });
      for (const table of CHILD_TABLES)
        for (const row of children[table]) this.insert(table, { ...row, studyId: id });
    })();
  }

  /** Removes studies (and their child rows) in one transaction. */
  remove(ids: string[]): void {
    this.db.transaction(() => ids.forEach((id) => this.deleteStudy.run(id)))();
  }

  close(): void {
    this.db.close();
  }
}
