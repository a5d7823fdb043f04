import type { StoredStudy } from '../db/stored-hashes';
import { readRegularFile, readSidecarText, sha256, type CorpusFile } from './corpus-files';
import { StudyIdAllocator } from './study-ids';

// Before anything is parsed or written, every file is read once and hashed, so that the decisions that involve
// more than one file are made on the whole corpus, not in listing order: which of two identical files is the
// original (the one already stored wins, so adding a copy never makes the original fail), and which id each file
// gets (ids already stored are kept, new ones never take an id another file holds).

/** What the ingest will do with one file. */
export type FilePlan =
  | { file: CorpusFile; action: 'fail'; error: string }
  | { file: CorpusFile; action: 'keep'; id: string }
  | {
      file: CorpusFile;
      action: 'parse';
      id: string;
      isNew: boolean;
      contentHash: string;
      sidecarText: string | null;
      sidecarHash: string | null;
    };

export interface IngestPlan {
  plans: FilePlan[];
  /** Stored studies whose id is not valid under today's rules, to be renamed before anything is written. */
  renames: { from: string; to: string }[];
}

interface Hashed {
  file: CorpusFile;
  contentHash?: string;
  sidecarText?: string | null;
  error?: string;
}

function hashFile(file: CorpusFile, maxFileBytes: (file: CorpusFile) => number): Hashed {
  try {
    const contentHash = sha256(readRegularFile(file.absolutePath, maxFileBytes(file)));
    return { file, contentHash, sidecarText: readSidecarText(file) };
  } catch (error) {
    return { file, error: (error as Error).message };
  }
}

export async function planIngest(
  files: CorpusFile[],
  stored: Map<string, StoredStudy>,
  maxFileBytes: (file: CorpusFile) => number,
  parserStamp: string,
): Promise<IngestPlan> {
  const hashed = files.map((file) => hashFile(file, maxFileBytes));

  // The original of each content: a file stored with that content and still holding it, else the first in order.
  const owner = new Map<string, string>();
  for (const { file, contentHash } of hashed)
    if (contentHash && stored.get(file.relativePath)?.contentHash === contentHash)
      owner.set(contentHash, file.relativePath);
  for (const { file, contentHash } of hashed)
    if (contentHash && !owner.has(contentHash)) owner.set(contentHash, file.relativePath);

  const ids = new StudyIdAllocator();
  const renames: IngestPlan['renames'] = [];
  const needsId: CorpusFile[] = [];
  // Studies without a file here (harvested records) keep their ids: a new file must never take one.
  const present = new Set(files.map((file) => file.relativePath));
  for (const row of stored.values()) if (!present.has(row.sourceFile)) ids.keep(row.sourceFile, row.id);
  for (const { file } of hashed) {
    const previous = stored.get(file.relativePath);
    if (!previous || !ids.keep(file.relativePath, previous.id)) needsId.push(file);
  }
  const allocated = new Map<string, string>();
  const idErrors = new Map<string, string>();
  for (const file of needsId) {
    try {
      const id = ids.allocate(file.relativePath);
      allocated.set(file.relativePath, id);
      const previous = stored.get(file.relativePath);
      if (previous) renames.push({ from: previous.id, to: id });
    } catch (error) {
      idErrors.set(file.relativePath, (error as Error).message);
    }
  }

  const plans = hashed.map(({ file, contentHash, sidecarText = null, error }): FilePlan => {
    const previous = stored.get(file.relativePath);
    const idError = idErrors.get(file.relativePath);
    if (error || !contentHash) return { file, action: 'fail', error: error ?? 'could not be read' };
    if (idError) return { file, action: 'fail', error: idError };
    const original = owner.get(contentHash);
    if (original !== file.relativePath)
      return { file, action: 'fail', error: `same content as ${original}; not stored twice` };
    const id = allocated.get(file.relativePath) ?? previous?.id ?? '';
    const sidecarHash = sidecarText === null ? null : sha256(sidecarText);
    const same =
      previous &&
      previous.contentHash === contentHash &&
      previous.sidecarHash === sidecarHash &&
      previous.parserStamp === parserStamp;
    if (same) return { file, action: 'keep', id };
    return { file, action: 'parse', id, isNew: !previous, contentHash, sidecarText, sidecarHash };
  });
  return { plans, renames };
}
