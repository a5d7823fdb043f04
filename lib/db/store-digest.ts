import { createHash } from 'node:crypto';
import type { Db } from './client';

const PAGE = 5000;

/**
 * A digest of what the store holds: every study's id with the hashes of its file and sidecar, in id order. Two
 * stores with the same digest index to the same search index, so the index records the digest it was built from
 * and any run that finds another one rebuilds it (a build killed half-way is repaired by the next run).
 */
export async function computeStoreDigest(db: Db): Promise<{ digest: string; studies: number }> {
  const hash = createHash('sha256');
  let studies = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.study.findMany({
      select: { id: true, contentHash: true, sidecarHash: true },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    for (const row of rows) hash.update(`${row.id}\t${row.contentHash}\t${row.sidecarHash ?? ''}\n`);
    studies += rows.length;
    if (rows.length < PAGE) break;
    cursor = rows[rows.length - 1]?.id;
  }
  return { digest: hash.digest('hex'), studies };
}
