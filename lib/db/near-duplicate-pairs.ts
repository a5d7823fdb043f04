import type Database from 'better-sqlite3';
import { findNearDuplicates, type NearDuplicatePair } from '../ingest/near-duplicates';

/**
 * Finds the possible near-duplicates among all stored studies and replaces the table of pairs in one transaction
 * (both directions, so a study page reads its own rows). Returns the pairs, by source file, for the summary.
 */
export function refreshNearDuplicates(
  db: Database.Database,
): (NearDuplicatePair & { files: [string, string] })[] {
  const rows = db
    .prepare('SELECT id, sourceFile, comparisonTerms, comparisonTitleTerms FROM Study ORDER BY id')
    .all() as { id: string; sourceFile: string; comparisonTerms: string; comparisonTitleTerms: string }[];
  const words = (joined: string) => (joined ? joined.split(' ') : []);
  const inputs = rows.map((row) => ({
    id: row.id,
    terms: { text: words(row.comparisonTerms), title: words(row.comparisonTitleTerms) },
  }));
  const pairs = findNearDuplicates(inputs);
  const insert = db.prepare(
    'INSERT INTO "StudyNearDuplicate" ("studyId", "otherId", "similarity") VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    db.prepare('DELETE FROM "StudyNearDuplicate"').run();
    for (const pair of pairs) {
      insert.run(pair.a, pair.b, pair.similarity);
      insert.run(pair.b, pair.a, pair.similarity);
    }
  })();
  const fileOf = new Map(rows.map((row) => [row.id, row.sourceFile]));
  return pairs.map((pair) => ({
    ...pair,
    files: [fileOf.get(pair.a) ?? pair.a, fileOf.get(pair.b) ?? pair.b],
  }));
}
