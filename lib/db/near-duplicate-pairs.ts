import type Database from 'better-sqlite3';
import { findNearDuplicates, type NearDuplicatePair } from '../ingest/near-duplicates';

const BODY_SAMPLE = 4000;

/**
 * Finds the possible near-duplicates among all stored studies and replaces the table of pairs in one transaction
 * (both directions, so a study page reads its own rows). Returns the pairs, by source file, for the summary.
 */
export function refreshNearDuplicates(
  db: Database.Database,
): (NearDuplicatePair & { files: [string, string] })[] {
  const rows = db
    .prepare(
      `SELECT id, sourceFile, titleId, titleEn, titleDerived, abstractId, abstractEn, substr(cleanText, 1, ${BODY_SAMPLE}) AS body
       FROM Study ORDER BY id`,
    )
    .all() as {
    id: string;
    sourceFile: string;
    titleId: string | null;
    titleEn: string | null;
    titleDerived: number;
    abstractId: string | null;
    abstractEn: string | null;
    body: string;
  }[];
  const inputs = rows.map((row) => {
    const abstracts = [row.abstractId, row.abstractEn].filter(Boolean).join('\n');
    const titles = [row.titleId, row.titleEn].filter(Boolean).join('\n');
    // A study without an abstract is compared by the beginning of its text instead.
    return {
      id: row.id,
      text: abstracts.length > 200 ? `${titles}\n${abstracts}` : row.body,
      title: row.titleDerived ? undefined : titles,
    };
  });
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
