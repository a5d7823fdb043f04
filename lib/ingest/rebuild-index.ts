import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/client';
import { listIndexableStudies } from '../db/list-indexable-studies';
import { latestIndexRelease, publishIndexFile } from '../db/search-index-releases';
import { computeStoreDigest } from '../db/store-digest';
import { buildSearchIndex, SEARCH_INDEX_FORMAT, writeSearchIndex } from '../search';
import { INDEX_FILE } from '../search/index-file';
import type { IndexableStudy } from '../search/types';
import { searchGlossary, searchSuggestions } from './search-vocabulary';

// An index is current only if it was built in today's format, from today's glossary and suggestions, from what the
// store holds now. A stamp of those inputs is written beside it after the index is in place, so a code or
// vocabulary change rebuilds it even when no document changed, and an index whose build was killed (or failed)
// after the store changed is rebuilt by the next run, whatever that run finds in the corpus.
// A store that several instances share (PostgreSQL) also gets the index published into it, with the stamp
// (search-index-releases.ts); there the published release is the one that counts.
const STAMP_FILE = 'build-stamp.json';
const stampSchema = z.object({ inputs: z.string(), store: z.string(), studies: z.number() });
type Stamp = z.infer<typeof stampSchema>;

function buildInputs() {
  const glossary = searchGlossary();
  const extraSuggestions = searchSuggestions();
  const inputs = createHash('sha256')
    .update(JSON.stringify({ format: SEARCH_INDEX_FORMAT, glossary, extraSuggestions }))
    .digest('hex');
  return { glossary, extraSuggestions, inputs };
}

async function readStamp(indexDir: string): Promise<Stamp | null> {
  try {
    return stampSchema.parse(JSON.parse(await readFile(path.join(indexDir, STAMP_FILE), 'utf8')));
  } catch {
    return null; // missing, or written by an older version: not current
  }
}

export interface IndexPlacement {
  /** Publish the index into the store for every instance, and judge currency by the published release. */
  publish?: boolean;
}

async function readPublishedStamp(db: Db): Promise<Stamp | null> {
  const release = await latestIndexRelease(db);
  const parsed = stampSchema.safeParse(release ? JSON.parse(release.stamp) : null);
  return parsed.success ? parsed.data : null;
}

export async function isSearchIndexCurrent(
  db: Db,
  indexDir: string,
  placement: IndexPlacement = {},
): Promise<boolean> {
  const stamp = placement.publish ? await readPublishedStamp(db) : await readStamp(indexDir);
  if (!stamp || stamp.inputs !== buildInputs().inputs) return false;
  return stamp.store === (await computeStoreDigest(db)).digest;
}

/** Builds the search index from the store and swaps it in atomically; returns the number of studies indexed. */
export async function rebuildSearchIndex(
  db: Db,
  indexDir: string,
  placement: IndexPlacement = {},
): Promise<number> {
  const { glossary, extraSuggestions, inputs } = buildInputs();
  // Taken before the studies are read: if the store changes during the build, the stamp does not match the store
  // afterwards and the next run builds again.
  const { digest } = await computeStoreDigest(db);
  const studies: IndexableStudy[] = [];
  for await (const study of listIndexableStudies(db)) studies.push(study);
  await removeLeftovers(indexDir);
  await writeSearchIndex(buildSearchIndex(studies, { glossary, extraSuggestions }), indexDir);
  const stamp: Stamp = { inputs, store: digest, studies: studies.length };
  const temporary = path.join(indexDir, `.${STAMP_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, JSON.stringify(stamp));
  await rename(temporary, path.join(indexDir, STAMP_FILE));
  if (placement.publish) await publishIndexFile(db, path.join(indexDir, INDEX_FILE), JSON.stringify(stamp));
  return studies.length;
}

/** Temporary files of builds that were killed before their swap: they are never read, only take disk space. */
async function removeLeftovers(indexDir: string): Promise<void> {
  const names = await readdir(indexDir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.startsWith('.') && name.endsWith('.tmp'));
  await Promise.all(stale.map((name) => rm(path.join(indexDir, name), { force: true })));
}
