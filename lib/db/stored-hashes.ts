import type { Db } from './client';

export interface StoredStudy {
  id: string;
  sourceFile: string;
  contentHash: string;
  sidecarHash: string | null;
  parserStamp: string;
  /** 'harvest' for a study that came from an OAI-PMH record: it has no file, and the file ingest leaves it be. */
  format: string;
}

/** What the ingest needs to decide whether a file changed: stored hashes by source file. */
export async function listStoredHashes(db: Db): Promise<Map<string, StoredStudy>> {
  const rows = await db.study.findMany({
    select: {
      id: true,
      sourceFile: true,
      contentHash: true,
      sidecarHash: true,
      parserStamp: true,
      format: true,
    },
  });
  return new Map(rows.map((row) => [row.sourceFile, row]));
}
