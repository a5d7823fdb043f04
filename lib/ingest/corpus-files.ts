import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.pdf'];
export const SIDECAR_SUFFIX = '.meta.yaml';
/** The list of OAI-PMH sources the corpus is also harvested from (lib/harvest/harvest-sources.ts). */
export const HARVEST_SOURCES_FILE = 'harvest-sources.yaml';

export interface CorpusFile {
  absolutePath: string;
  relativePath: string; // with forward slashes, relative to the corpus folder
  sidecarPath: string | null;
}

/** An entry of the corpus folder that is not ingested, with the reason, so nothing is left out in silence. */
export interface SkippedEntry {
  relativePath: string;
  reason: string;
}

export interface CorpusListing {
  files: CorpusFile[];
  skipped: SkippedEntry[];
}

// Symbolic links are not followed, for documents and sidecars alike: a link can point anywhere on the machine (a
// sidecar link was read from outside the corpus), and a linked folder would list its documents twice. Hidden
// entries (editor swap files, .git) and anything that is not a regular file (a FIFO would block the read forever)
// are skipped too; every skipped entry is reported.
function kindOf(entry: Dirent): string | null {
  if (entry.isSymbolicLink()) return 'a symbolic link (not followed; copy the file into the corpus instead)';
  if (entry.isFIFO()) return 'a FIFO, not a regular file';
  if (entry.isSocket()) return 'a socket, not a regular file';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device, not a regular file';
  return null;
}

const isDocument = (name: string) => DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase());
const isSidecar = (name: string) => name.toLowerCase().endsWith(SIDECAR_SUFFIX);
const stemOf = (relativePath: string) => relativePath.replace(/\.[^./]+$/, '');
const sidecarStemOf = (relativePath: string) => relativePath.slice(0, -SIDECAR_SUFFIX.length);

/** Every document of a corpus folder (recursively), in a stable order, each with its sidecar when present. */
export async function listCorpusFiles(corpusDir: string): Promise<CorpusListing> {
  const info = await stat(corpusDir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`Corpus folder not found: ${corpusDir}`);
  const documents: string[] = [];
  const sidecars: string[] = [];
  const skipped: SkippedEntry[] = [];

  const walk = async (relativeDir: string): Promise<void> => {
    const entries = await readdir(path.join(corpusDir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const relativePath = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      const unusual = kindOf(entry);
      if (entry.name.startsWith('.')) skipped.push({ relativePath, reason: 'a hidden file or folder' });
      else if (unusual) skipped.push({ relativePath, reason: unusual });
      else if (entry.isDirectory()) await walk(relativePath);
      else if (relativePath === HARVEST_SOURCES_FILE)
        continue; // the corpus's OAI-PMH sources, not a document
      else if (isSidecar(entry.name)) sidecars.push(relativePath);
      else if (isDocument(entry.name)) documents.push(relativePath);
      else skipped.push({ relativePath, reason: `not a document type the ingest reads (.txt, .md)` });
    }
  };
  await walk('');

  const byStem = new Map<string, string[]>();
  for (const doc of documents) byStem.set(stemOf(doc), [...(byStem.get(stemOf(doc)) ?? []), doc]);
  const sidecarOf = new Map<string, string>();
  for (const sidecar of sidecars) {
    const owners = byStem.get(sidecarStemOf(sidecar)) ?? [];
    if (owners.length === 1) sidecarOf.set(owners[0] ?? '', sidecar);
    else if (owners.length === 0)
      skipped.push({ relativePath: sidecar, reason: 'a sidecar with no document of the same name' });
    else
      skipped.push({
        relativePath: sidecar,
        reason: `a sidecar that could belong to ${owners.join(' and ')}; rename one of them`,
      });
  }
  // Symbolic links named like a sidecar are reported above; the document is ingested without them.

  const files = documents.map((relativePath) => {
    const sidecar = sidecarOf.get(relativePath);
    return {
      absolutePath: path.join(corpusDir, ...relativePath.split('/')),
      relativePath,
      sidecarPath: sidecar ? path.join(corpusDir, ...sidecar.split('/')) : null,
    };
  });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  files.sort((a, b) => order(a.relativePath, b.relativePath));
  skipped.sort((a, b) => order(a.relativePath, b.relativePath));
  return { files, skipped };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a file that must be a regular file of at most `maxBytes`. Opened without following links and without
 * blocking, then checked on the open descriptor, so a file swapped for a FIFO or a link after listing is refused
 * instead of hanging the run or leaving the corpus. Synchronous on purpose: a corpus file is small and local, and
 * the promise API's five thread-pool round trips cost ~0.3 ms a file, 30 times the read itself (measured on 2.7 KB
 * abstracts), which a worker waiting for its next document spends idle.
 */
export function readRegularFile(absolutePath: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new Error('it is a symbolic link (not followed)');
    if (code === 'EACCES') throw new Error('permission denied');
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('it is not a regular file');
    if (info.size > maxBytes)
      throw new Error(`file is ${mb(info.size)}, larger than the ${mb(maxBytes)} limit for one document`);
    // One byte more than the file had when checked, so growth past the limit while reading is seen.
    let buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new Error(`file grew past the ${mb(maxBytes)} limit while being read`);
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

const MAX_SIDECAR_BYTES = 1024 * 1024;

export function readSidecarText(file: CorpusFile): string | null {
  if (!file.sidecarPath) return null;
  try {
    return new TextDecoder('utf-8').decode(readRegularFile(file.sidecarPath, MAX_SIDECAR_BYTES));
  } catch (error) {
    throw new Error(`sidecar ${path.basename(file.sidecarPath)}: ${(error as Error).message}`);
  }
}
