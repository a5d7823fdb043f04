// Loading an index file written by persist.ts: one read for every section and the hot text (titles, abstracts,
// keywords) into one buffer that all typed-array views share. Body text is read too when it fits the caller's
// budget (a snippet then costs no system call); otherwise it is read through the open file when a snippet shows
// it, which keeps a corpus of full articles out of memory. The file stays open for the index's lifetime.
import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { CTORS, INDEX_FILE, MAGIC, VERSION, type Header, type Kind } from './index-file';
import type { FacetData, SearchIndex } from './types';

// Closes the file of a loaded index once the index itself is garbage (after a swap), unless closed earlier.
const openFiles = new FinalizationRegistry<FileHandle>((fh) => void fh.close().catch(() => undefined));
const handles = new WeakMap<SearchIndex, FileHandle>();

/** Releases the file a loaded index reads its stored text from; the index must not be searched afterwards. */
export async function closeSearchIndex(index: SearchIndex): Promise<void> {
  const fh = handles.get(index);
  if (!fh) return;
  handles.delete(index);
  openFiles.unregister(index);
  await fh.close();
}

async function readExactly(fh: FileHandle, into: Uint8Array, position: number): Promise<Uint8Array> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await fh.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('search index: file is truncated');
    done += bytesRead;
  }
  return into;
}

const textLoads = new WeakMap<SearchIndex, Promise<void>>();
/** Resolves when the body text a loaded index keeps in memory has arrived (at once when it keeps none). */
export function whenTextLoaded(index: SearchIndex): Promise<void> {
  return textLoads.get(index) ?? Promise.resolve();
}

/** Body text kept in memory by default: 100,000 abstract-and-body studies need about half of it. */
export const DEFAULT_TEXT_BUDGET = 512 * 1024 * 1024;

export interface ReadOptions {
  /** Body text up to this many bytes in all is read into memory after the load; more stays on disk. */
  textBudget?: number;
}

export async function readSearchIndex(dir: string, options: ReadOptions = {}): Promise<SearchIndex> {
  const fh = await open(path.join(dir, INDEX_FILE), 'r');
  try {
    const index = await readOpen(fh, options.textBudget ?? DEFAULT_TEXT_BUDGET);
    handles.set(index, fh);
    openFiles.register(index, fh, index);
    return index;
  } catch (err) {
    await fh.close();
    throw err;
  }
}

async function readOpen(fh: FileHandle, textBudget: number): Promise<SearchIndex> {
  const head = new Uint8Array(16);
  await readExactly(fh, head, 0);
  if (Buffer.from(head.subarray(0, 8)).toString('latin1') !== MAGIC) throw new Error('not a search index');
  const dv = new DataView(head.buffer);
  const version = dv.getUint32(8, true);
  if (version !== VERSION)
    throw new Error(`search index version ${version}, expected ${VERSION}: rebuild it`);
  const jsonLength = dv.getUint32(12, true);
  const json = new Uint8Array(jsonLength);
  await readExactly(fh, json, 16);
  const header = JSON.parse(new TextDecoder().decode(json)) as Header;
  const base = Math.ceil((16 + jsonLength) / 8) * 8;
  const storeSection = header.sections.find((x) => x.name === 'store');
  if (!storeSection) throw new Error('search index: section store missing');
  // One read for every section before the text and the hot text, into one aligned buffer that all views share.
  const hotBytes = header.hotBytes;
  const body = new Uint8Array(new ArrayBuffer(storeSection.offset + hotBytes));
  await readExactly(fh, body, base);
  const get = <K extends Kind>(name: string, kind: K): InstanceType<(typeof CTORS)[K]> => {
    const s = header.sections.find((x) => x.name === name);
    if (!s || s.kind !== kind) throw new Error(`search index: section ${name} missing`);
    return new CTORS[kind](body.buffer, s.offset, s.length) as InstanceType<(typeof CTORS)[K]>;
  };
  const lines = (name: string): string[] => {
    const text = Buffer.from(get(name, 'u8')).toString('utf8');
    return text ? text.split('\n') : [];
  };
  const terms = lines('terms');
  const termIds = new Map<string, number>();
  terms.forEach((t, i) => termIds.set(t, i));
  const facets: FacetData = {
    values: header.facetValues,
    docValStart: get('docValStart', 'u32'),
    docVals: get('docVals', 'u32'),
    valDocStart: get('valDocStart', 'u32'),
    valDocs: get('valDocs', 'u32'),
    periodFrom: get('periodFrom', 'i16'),
    periodTo: get('periodTo', 'i16'),
  };
  const storeAt = base + storeSection.offset;
  const hot = body.subarray(storeSection.offset);
  // Body text within the budget is read after the index is ready, so a load is not slowed by it: until the read
  // completes, snippets in body sections read through the file.
  let cold: Uint8Array | null = null;
  const coldBytes = storeSection.length - hotBytes;
  const fd = fh.fd;
  const index: SearchIndex = {
    docCount: header.docCount,
    ids: header.ids,
    terms,
    termIds,
    termStart: get('termStart', 'u32'),
    postDocs: get('postDocs', 'u32'),
    postImpact: get('postImpact', 'u8'),
    posStart: get('posStart', 'u32'),
    positions: get('positions', 'u32'),
    surface: lines('surface'),
    surfaceByEnd: get('surfaceByEnd', 'u32'),
    facets,
    // searchIndex is synchronous, and a pread of a few kilobytes from the page cache takes microseconds. A piece
    // is either hot or cold, so a read never spans both.
    readStore: (start, end) => {
      if (end <= hotBytes) return hot.subarray(start, end);
      if (cold && start >= hotBytes) return cold.subarray(start - hotBytes, end - hotBytes);
      const out = Buffer.allocUnsafe(end - start);
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, storeAt + start + done);
        if (n === 0) throw new Error('search index: stored text is truncated');
        done += n;
      }
      return out;
    },
    storeStart: get('storeStart', 'u32'),
    storeEnd: get('storeEnd', 'u32'),
    hotBytes: header.hotBytes,
    storeBytes: storeSection.length,
    docPiece: get('docPiece', 'u32'),
    markStart: get('markStart', 'u32'),
    tokenMarks: get('tokenMarks', 'u32'),
    headers: get('headers', 'u8'),
    labels: header.labels,
    pieceLabel: get('pieceLabel', 'u32'),
    champions: {
      terms: get('championTerms', 'u32'),
      counts: get('championCounts', 'i32'),
      top: get('championTop', 'u32'),
      impacts: get('championImpacts', 'u8'),
    },
    bigrams: {
      pairFirst: get('pairFirst', 'u32'),
      pairSecond: get('pairSecond', 'u32'),
      pairStart: get('pairStart', 'u32'),
      pairDocs: get('pairDocs', 'u32'),
      pairImpacts: get('pairImpacts', 'u16'),
    },
    headerStart: get('headerStart', 'u32'),
    glossary: header.glossary,
    suggestions: header.suggestions,
  };
  const loading =
    coldBytes > 0 && coldBytes <= textBudget
      ? readExactly(fh, new Uint8Array(coldBytes), storeAt + hotBytes).then(
          (bytes) => void (cold = bytes),
          () => undefined, // closed meanwhile, or unreadable: snippets keep reading through the file
        )
      : Promise.resolve();
  textLoads.set(index, loading);
  return index;
}
