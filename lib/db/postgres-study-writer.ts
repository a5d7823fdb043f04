import pg from 'pg';
import type { ParsedDocument } from '../ingest/types';
import { COMPARISON_ROWS_SQL, nearDuplicatesOf, type ComparisonRow } from './near-duplicate-pairs';
import { CHILD_TABLES, studyRows, type Row } from './study-rows';
import { toJsonOrScalar, type StudyWriter } from './study-writer';

// PostgreSQL's write path: one connection, one transaction per document, and each table's rows of a document in
// one multi-row INSERT, so a document costs a handful of round trips however many sections and references it has.
// The ingest stores documents as their parses finish; the writer runs their transactions one after another.

// PostgreSQL takes at most 65,535 parameters in a statement.
const MAX_PARAMETERS = 60_000;

type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

/** Inserts rows of one table, grouped by their columns, in as few statements as the parameter limit allows. */
export async function insertRows(query: Query, table: string, rows: Row[]): Promise<void> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row).join(',');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    const columns = Object.keys(group[0]!);
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < group.length; start += perStatement) {
      const chunk = group.slice(start, start + perStatement);
      const values: unknown[] = [];
      const tuples = chunk.map((row) => {
        const marks = columns.map((column) => {
          values.push(toJsonOrScalar(row[column]));
          return `$${values.length}`;
        });
        return `(${marks.join(', ')})`;
      });
      const names = columns.map((c) => `"${c}"`).join(', ');
      await query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, values);
    }
  }
}

export class PostgresStudyWriter implements StudyWriter {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly client: pg.Client) {}

  static async open(url: string): Promise<PostgresStudyWriter> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return new PostgresStudyWriter(client);
  }

  private readonly query: Query = (text, values) => this.client.query(text, values);

  /** Runs `work` in a transaction after the ones already queued: one connection holds one transaction at a time. */
  private transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.query('BEGIN');
      try {
        const result = await work();
        await this.query('COMMIT');
        return result;
      } catch (error) {
        await this.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  save(id: string, doc: ParsedDocument, stamps: { sidecarHash: string | null; parserStamp: string }) {
    const { study, children } = studyRows(id, doc, stamps.sidecarHash);
    const now = new Date();
    return this.transaction(async () => {
      // Child rows go with their study (ON DELETE CASCADE); an id names one file for good, so a study of another
      // file under this id is an error (the transaction is rolled back), never replaced.
      const deleted = await this.query('DELETE FROM "Study" WHERE "id" = $1 RETURNING "sourceFile"', [id]);
      const owner = deleted.rows[0]?.sourceFile as string | undefined;
      if (owner !== undefined && owner !== doc.sourceFile)
        throw new Error(`study id "${id}" already belongs to ${owner}; not overwritten`);
      await insertRows(this.query, 'Study', [
        { ...study, parserStamp: stamps.parserStamp, ingestedAt: now, updatedAt: now },
      ]);
      for (const table of CHILD_TABLES)
        if (children[table].length > 0)
          await insertRows(
            this.query,
            table,
            children[table].map((row) => ({ ...row, studyId: id })),
          );
    });
  }

  rename(renames: { from: string; to: string }[]) {
    if (renames.length === 0) return Promise.resolve();
    return this.transaction(async () => {
      for (const { from, to } of renames) {
        await this.query('UPDATE "Study" SET "id" = $1 WHERE "id" = $2', [to, from]);
        // As SQLite's UPDATE OR IGNORE: a list holding both studies keeps its old item.
        await this.query(
          `UPDATE "ReadingListItem" AS item SET "studyId" = $1 WHERE item."studyId" = $2 AND NOT EXISTS
             (SELECT 1 FROM "ReadingListItem" AS other WHERE other."listId" = item."listId" AND other."studyId" = $1)`,
          [to, from],
        );
        await this.query('UPDATE "HarvestRecord" SET "studyId" = $1 WHERE "studyId" = $2', [to, from]);
      }
    });
  }

  remove(ids: string[]) {
    if (ids.length === 0) return Promise.resolve();
    return this.transaction(async () => {
      await this.query('DELETE FROM "Study" WHERE "id" = ANY($1::text[])', [ids]);
    });
  }

  refreshNearDuplicates() {
    return this.transaction(async () => {
      const rows = (await this.query(COMPARISON_ROWS_SQL)).rows as ComparisonRow[];
      const { findings, tableRows } = nearDuplicatesOf(rows);
      await this.query('DELETE FROM "StudyNearDuplicate"');
      await insertRows(this.query, 'StudyNearDuplicate', tableRows);
      return findings;
    });
  }

  async close() {
    await this.queue;
    await this.client.end();
  }
}
