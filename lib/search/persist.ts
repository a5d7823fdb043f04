// One file per index: a JSON header, 8-byte-aligned typed-array sections, and the stored text last (titles,
// abstracts and keywords first, body sections after them). Loading reads everything up to the body text in one
// read and makes zero-copy views; body text stays on disk and is read through the open file when a snippet shows
// it (a pread each), which keeps memory and load time down while most snippets (abstracts) need no system call.
// Writing goes to a temporary file in the same folder and is renamed over the old one, which is atomic on POSIX:
// readers see the old file or the new one, never half of either, and an index already loaded keeps reading the
// old file through its open descriptor.
import { randomBytes } from 'node:crypto';
import { readSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { FacetData, FacetKey, GlossaryPhrase, SearchIndex, Suggestion } from './types';

export const INDEX_FILE = 'search-index.bin';
const MAGIC = 'TELAAHIX';
const VERSION = 10;
/** The on-disk format; an index written in another format is rebuilt, never read. */
export const SEARCH_INDEX_FORMAT = VERSION;

type Arr = Uint32Array | Int32Array | Float32Array | Int16Array | Uint16Array | Uint8Array;
const CTORS = {
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;
type Kind = keyof typeof CTORS;
const kindOf = (a: Arr): Kind => (Object.keys(CTORS) as Kind[]).find((k) => a instanceof CTORS[k])!;

interface Header {
  version: number;
  docCount: number;
  ids: string[];
  facetValues: [FacetKey, string][];
  glossary: GlossaryPhrase[];
  suggestions: Suggestion[];
  sections: { name: string; kind: Kind; offset: number; length: number }[];
  hotBytes: number; // the store's first hotBytes are loaded with the rest
  labels: string[];
}

const enc = new TextEncoder();
const textSection = (lines: string[]) => enc.encode(lines.join('\n'));

export async function writeSearchIndex(index: SearchIndex, dir: string): Promise<void> {
  const f = index.facets;
  const arrays: Record<string, Arr> = {
    terms: textSection(index.terms),
    surface: textSection(index.surface),
    surfaceByEnd: index.surfaceByEnd,
    termStart: index.termStart,
    postDocs: index.postDocs,
    postImpact: index.postImpact,
    posStart: index.posStart,
    positions: index.positions,
    docValStart: f.docValStart,
    docVals: f.docVals,
    valDocStart: f.valDocStart,
    valDocs: f.valDocs,
    periodFrom: f.periodFrom,
    periodTo: f.periodTo,
    storeStart: index.storeStart,
    storeEnd: index.storeEnd,
    docPiece: index.docPiece,
    markStart: index.markStart,
    tokenMarks: index.tokenMarks,
    championTerms: index.champions.terms,
    championCounts: index.champions.counts,
    championTop: index.champions.top,
    championImpacts: index.champions.impacts,
    pairFirst: index.bigrams.pairFirst,
    pairSecond: index.bigrams.pairSecond,
    pairStart: index.bigrams.pairStart,
    pairDocs: index.bigrams.pairDocs,
    pairImpacts: index.bigrams.pairImpacts,
    headers: index.headers,
    pieceLabel: index.pieceLabel,
    headerStart: index.headerStart,
    // Last, so loading can stop before it.
    store: index.readStore(0, index.storeBytes),
  };
  const sections: Header['sections'] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    sections.push({ name, kind: kindOf(a), offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header: Header = {
    version: VERSION,
    docCount: index.docCount,
    ids: index.ids,
    facetValues: f.values,
    glossary: index.glossary,
    suggestions: index.suggestions,
    sections,
    hotBytes: index.hotBytes,
    labels: index.labels,
  };
  const json = enc.encode(JSON.stringify(header));
  const prefix = Buffer.alloc(Math.ceil((16 + json.length) / 8) * 8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(VERSION, 8);
  prefix.writeUInt32LE(json.length, 12);
  prefix.set(json, 16);

  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${INDEX_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.write(prefix);
    const pad = new Uint8Array(8);
    for (const a of Object.values(arrays)) {
      await fh.write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      const rest = (8 - (a.byteLength % 8)) % 8;
      if (rest) await fh.write(pad.subarray(0, rest));
    }
    await fh.sync();
    await fh.close();
    await rename(tmp, path.join(dir, INDEX_FILE));
  } catch (err) {
    await fh.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

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

async function readExactly(fh: FileHandle, into: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await fh.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('search index: file is truncated');
    done += bytesRead;
  }
}

export async function readSearchIndex(dir: string): Promise<SearchIndex> {
  const fh = await open(path.join(dir, INDEX_FILE), 'r');
  try {
    const index = await readOpen(fh);
    handles.set(index, fh);
    openFiles.register(index, fh, index);
    return index;
  } catch (err) {
    await fh.close();
    throw err;
  }
}

async function readOpen(fh: FileHandle): Promise<SearchIndex> {
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
  // One read for every section before the text and the hot part of the text, into one aligned buffer that all
  // views share.
  const body = new Uint8Array(new ArrayBuffer(storeSection.offset + header.hotBytes));
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
  const fd = fh.fd;
  return {
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
    // searchIndex is synchronous, and a pread of a few kilobytes from the page cache takes microseconds.
    readStore: (start, end) => {
      if (end <= header.hotBytes) return hot.subarray(start, end);
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
}
