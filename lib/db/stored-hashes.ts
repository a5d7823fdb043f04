import type { Db } from './client';

/** What the ingest needs to decide whether a file changed: stored hashes by source file. */
export async function listStoredHashes(db: Db) {
  const rows = await db.study.findMany({
    select: { id: true, sourceFile: true, contentHash: true, sidecarHash: true },
  });
  return new Map(rows.map((row) => [row.sourceFile, row]));
}
