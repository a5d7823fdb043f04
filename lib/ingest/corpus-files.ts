import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
export const SIDECAR_SUFFIX = '.meta.yaml';

export interface CorpusFile {
  absolutePath: string;
  relativePath: string; // with forward slashes, relative to the corpus folder
  sidecarPath: string | null;
}

/** Every document of a corpus folder (recursively), in a stable order, each with its sidecar when present. */
export async function listCorpusFiles(corpusDir: string): Promise<CorpusFile[]> {
  const info = await stat(corpusDir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`Corpus folder not found: ${corpusDir}`);
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files: CorpusFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const ext = path.extname(entry.name).toLowerCase();
    if (!DOCUMENT_EXTENSIONS.includes(ext) || entry.name.startsWith('.')) continue;
    const absolutePath = path.join(entry.parentPath, entry.name);
    const sidecar = absolutePath.slice(0, -ext.length) + SIDECAR_SUFFIX;
    files.push({
      absolutePath,
      relativePath: path.relative(corpusDir, absolutePath).split(path.sep).join('/'),
      sidecarPath: existsSync(sidecar) ? sidecar : null,
    });
  }
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** A study's id: its path in the corpus without the extension, made URL-safe. Stable across re-ingests. */
export function studyIdFor(relativePath: string): string {
  const stem = relativePath.replace(/\.[^./]+$/, '');
  return stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/_-]+/g, '-')
    .replace(/\//g, '--')
    .replace(/^-+|-+$/g, '');
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readSidecarText(file: CorpusFile): Promise<string | null> {
  return file.sidecarPath ? readFile(file.sidecarPath, 'utf8') : null;
}
