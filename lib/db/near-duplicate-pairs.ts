import {
  findNearDuplicates,
  type NearDuplicateInput,
  type NearDuplicatePair,
} from '../ingest/near-duplicates';

export interface ComparisonRow {
  id: string;
  sourceFile: string;
  comparisonTerms: string;
  comparisonTitleTerms: string;
}

export type NearDuplicateFinding = NearDuplicatePair & { files: [string, string] };

/**
 * The possible near-duplicates among the stored studies (read by each store's writer) and the rows that record
 * them, both directions, so a study page reads its own rows. The writer replaces the table in one transaction.
 */
export function nearDuplicatesOf(rows: ComparisonRow[]) {
  const pairs = findNearDuplicates(rows.map(comparisonInput));
  const fileOf = new Map(rows.map((row) => [row.id, row.sourceFile]));
  const findings: NearDuplicateFinding[] = pairs.map((pair) => ({
    ...pair,
    files: [fileOf.get(pair.a) ?? pair.a, fileOf.get(pair.b) ?? pair.b],
  }));
  const tableRows = pairs.flatMap((pair) => [
    { studyId: pair.a, otherId: pair.b, similarity: pair.similarity },
    { studyId: pair.b, otherId: pair.a, similarity: pair.similarity },
  ]);
  return { findings, tableRows };
}

/** A stored row's comparison terms (kept space-joined) as the near-duplicate pass takes them. */
export function comparisonInput(row: ComparisonRow): NearDuplicateInput {
  const words = (joined: string) => (joined ? joined.split(' ') : []);
  return { id: row.id, terms: { text: words(row.comparisonTerms), title: words(row.comparisonTitleTerms) } };
}

export const COMPARISON_ROWS_SQL =
  'SELECT "id", "sourceFile", "comparisonTerms", "comparisonTitleTerms" FROM "Study" ORDER BY "id"';
