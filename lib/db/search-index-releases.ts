import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import type { Db } from './client';

// The search index of a shared store (PostgreSQL), published by the ingest for every instance: the index file in
// parts of a few MB, under one release row, all written in one transaction, so an instance sees a whole release
// or none. Only the newest releases are kept: an instance still fetching an older one fails that fetch, keeps the
// index it has, and fetches the newest at its next check.
const PART_BYTES = 4 * 1024 * 1024;
const KEEP_RELEASES = 2;

export interface IndexRelease {
  version: number;
  stamp: string;
  bytes: number;
  sha256: string;
}

export async function latestIndexRelease(db: Db): Promise<IndexRelease | null> {
  return db.searchIndexRelease.findFirst({
    orderBy: { version: 'desc' },
    select: { version: true, stamp: true, bytes: true, sha256: true },
  });
}

/** Publishes an index file with its build stamp as the newest release; returns its version. */
export async function publishIndexFile(db: Db, file: string, stamp: string): Promise<number> {
  const bytes = await readFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.$transaction(
    async (tx) => {
      const { version } = await tx.searchIndexRelease.create({
        data: { stamp, bytes: bytes.length, sha256 },
        select: { version: true },
      });
      for (let part = 0; part * PART_BYTES < bytes.length || part === 0; part++)
        await tx.searchIndexPart.create({
          data: { version, part, bytes: bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES) },
        });
      const older = await tx.searchIndexRelease.findMany({
        orderBy: { version: 'desc' },
        skip: KEEP_RELEASES,
        select: { version: true },
      });
      await tx.searchIndexRelease.deleteMany({ where: { version: { in: older.map((r) => r.version) } } });
      return version;
    },
    // A large index takes more than the default five seconds to send.
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

/**
 * Writes a release to `file`, one part in memory at a time, checks its length and digest, and only then renames
 * it into place: a reader finds the whole file or none.
 */
export async function downloadIndexRelease(db: Db, release: IndexRelease, file: string): Promise<void> {
  const temporary = `${file}.${process.pid}.download`;
  const handle = await open(temporary, 'w');
  const hash = createHash('sha256');
  let written = 0;
  try {
    for (let part = 0; ; part++) {
      const row = await db.searchIndexPart.findUnique({
        where: { version_part: { version: release.version, part } },
        select: { bytes: true },
      });
      if (!row) break;
      hash.update(row.bytes);
      await handle.write(row.bytes);
      written += row.bytes.length;
    }
    await handle.close();
    if (written !== release.bytes || hash.digest('hex') !== release.sha256)
      throw new Error(
        `search index release ${release.version} is incomplete (${written} of ${release.bytes} bytes): ` +
          'a newer release probably replaced it',
      );
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
