// One file per index: a JSON header, 8-byte-aligned typed-array sections, and the stored text last (titles,
// abstracts and keywords first, body sections after them). Loading reads everything up to the body text in one
// read and makes zero-copy views; body text stays on disk and is read through the open file when a snippet shows
// it (a pread each), which keeps memory and load time down while most snippets (abstracts) need no system call.
// Writing goes to a temporary file in the same folder and is renamed over the old one, which is atomic on POSIX:
// readers see the old file or the new one, never half of either, and an index already loaded keeps reading the
// old file through its open descriptor.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE, kindOf, MAGIC, VERSION, type Arr, type Header } from './index-file';
import type { SearchIndex } from './types';

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
