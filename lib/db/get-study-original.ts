import { getDb, type Db } from './client';

export interface StudyOriginal {
  mediaType: string;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  contentHash: string;
}

/** The original file the store keeps for a study (a PDF), or null. */
export async function getStudyOriginal(id: string, db: Db = getDb()): Promise<StudyOriginal | null> {
  const row = await db.studyOriginal.findUnique({
    where: { studyId: id },
    include: { study: { select: { contentHash: true } } },
  });
  if (!row) return null;
  return {
    mediaType: row.mediaType,
    fileName: row.fileName,
    bytes: new Uint8Array(row.bytes),
    contentHash: row.study.contentHash,
  };
}
