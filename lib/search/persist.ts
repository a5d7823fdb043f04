// One file per index: a JSON header then 8-byte-aligned typed-array sections, read with a single readFile and
// turned into zero-copy views. Writing goes to a temporary file in the same folder and is renamed over the old
// one, which is atomic on POSIX: readers see the old file or the new one, never half of either, and a reader
// that already opened the old file keeps reading it.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FacetData, FacetKey, GlossaryPhrase, SearchIndex, Suggestion } from './types';

export const INDEX_FILE = 'search-index.bin';
const MAGIC = 'TELAAHIX';
const VERSION = 2;

type Arr = Uint32Array | Float32Array | Int16Array | Uint8Array;
const CTORS = { u32: Uint32Array, f32: Float32Array, i16: Int16Array, u8: Uint8Array } as const;
type Kind = keyof typeof CTORS;
const kindOf = (a: Arr): Kind =>
  a instanceof Uint32Array ? 'u32' : a instanceof Float32Array ? 'f32' : a instanceof Int16Array ? 'i16' : 'u8';

interface Header {
  version: number;
  docCount: number;
  ids: string[];
  facetValues: [FacetKey, string][];
  glossary: GlossaryPhrase[];
  suggestions: Suggestion[];
  sections: { name: string; kind: Kind; offset: number; length: number }[];
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
    store: index.store,
    storeStart: index.storeStart,
    docPiece: index.docPiece,
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

export async function readSearchIndex(dir: string): Promise<SearchIndex> {
  let buf: Uint8Array = await readFile(path.join(dir, INDEX_FILE));
  if (Buffer.from(buf.buffer, buf.byteOffset, 8).toString('latin1') !== MAGIC) throw new Error(`not a search index: ${dir}`);
  // Typed-array views need aligned offsets; small files may come from Node's shared pool at any offset.
  if (buf.byteOffset % 8 !== 0) buf = new Uint8Array(buf);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = dv.getUint32(8, true);
  if (version !== VERSION) throw new Error(`search index version ${version}, expected ${VERSION}: rebuild it`);
  const jsonLength = dv.getUint32(12, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(16, 16 + jsonLength))) as Header;
  const base = buf.byteOffset + Math.ceil((16 + jsonLength) / 8) * 8;
  const get = <K extends Kind>(name: string, kind: K): InstanceType<(typeof CTORS)[K]> => {
    const s = header.sections.find((x) => x.name === name);
    if (!s || s.kind !== kind) throw new Error(`search index: section ${name} missing`);
    // readFile always returns a Buffer over a plain ArrayBuffer (never shared memory).
    return new CTORS[kind](buf.buffer as ArrayBuffer, base + s.offset, s.length) as InstanceType<(typeof CTORS)[K]>;
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
  return {
    docCount: header.docCount,
    ids: header.ids,
    terms,
    termIds,
    termStart: get('termStart', 'u32'),
    postDocs: get('postDocs', 'u32'),
    postImpact: get('postImpact', 'f32'),
    posStart: get('posStart', 'u32'),
    positions: get('positions', 'u32'),
    surface: lines('surface'),
    surfaceByEnd: get('surfaceByEnd', 'u32'),
    facets,
    store: get('store', 'u8'),
    storeStart: get('storeStart', 'u32'),
    docPiece: get('docPiece', 'u32'),
    glossary: header.glossary,
    suggestions: header.suggestions,
  };
}
