// buildSearchIndex: streams every study once into flat posting records, then sorts them by term (counting sort)
// into CSR typed arrays with precomputed BM25F impacts. See index.ts for the design overview.
import { analyseToken, fold, tokenize } from './analyse';
import { buildBigrams } from './bigrams';
import { buildChampions } from './champions';
import { FacetBuilder } from './facets';
import { FIELD_SHIFT, HOT_FIELDS, MAX_TOKEN, studyFields, tagTerm } from './fields';
import { compileGlossary } from './glossary';
import { growU16, growU32 } from './grow';
import { layoutStore, markTokens, offsetsOf } from './store-layout';
import { buildSuggestions } from './suggest';
import { sortSurface } from './typo';
import type { BuildOptions, IndexableStudy, SearchIndex } from './types';

// Field weights (title > keywords > abstract > body) and length normalisation per field kind, BM25F-style.
const WEIGHT = [8, 5, 3, 1];
const B = [0.5, 0.5, 0.75, 0.75];
const K1 = 1.2;
const LANG_NO = { id: 0, en: 1 } as const;

export function buildSearchIndex(studies: Iterable<IndexableStudy>, options: BuildOptions = {}): SearchIndex {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const recTerm = growU32(1 << 16);
  const recDoc = growU32(1 << 16);
  const recTf = growU16(1 << 18); // 4 per record: tf in title, keywords, abstract, body
  const recPos = growU32(1 << 16); // positions per record
  const positions = growU32(1 << 18);
  const lengths = growU32(1 << 12); // 8 per document: [lang][kind] token counts
  const facets = new FacetBuilder();
  const surfaceCount = new Map<string, number>();
  const ids: string[] = [];
  const hotParts: Buffer[] = []; // titles, abstracts, keywords: kept in memory after a load
  const coldParts: Buffer[] = []; // body sections: read from the file when a snippet shows one
  const headerParts: Buffer[] = [];
  const labelIds = new Map<string, number>(); // section labels, numbered as first seen
  const pieceLabel = growU32(1 << 16);
  const titles: { id: string; label: string }[] = [];
  const docPiece = [0];
  const tokenMarks = growU32(1 << 16);
  const markStart = [0];

  for (const study of studies) {
    const doc = ids.length;
    ids.push(study.id);
    facets.add(study.facets);
    const fields = studyFields(study);
    const local = new Map<number, { tf: number[]; pos: number[] }>();
    const len = [0, 0, 0, 0, 0, 0, 0, 0];
    fields.forEach((field, fno) => {
      const tokens = tokenize(field.text);
      markTokens(field.text, tokens, tokenMarks);
      markStart.push(tokenMarks.length);
      if (!field.text) return;
      len[LANG_NO[field.lang] * 4 + field.kind]! += tokens.length;
      tokens.forEach((tok, i) => {
        const ts = analyseToken(tok.raw, field.lang);
        if (ts.length === 0) return;
        if (tok.raw.length >= 4) {
          const f = fold(tok.raw);
          surfaceCount.set(f, (surfaceCount.get(f) ?? 0) + 1);
        }
        for (const t of field.tag ? [...ts, ...ts.map((x) => tagTerm(x, field.tag!))] : ts) {
          let id = termIds.get(t);
          if (id === undefined) {
            id = terms.length;
            termIds.set(t, id);
            terms.push(t);
          }
          let rec = local.get(id);
          if (!rec) local.set(id, (rec = { tf: [0, 0, 0, 0], pos: [] }));
          rec.tf[field.kind]!++;
          if (i <= MAX_TOKEN) rec.pos.push((fno << FIELD_SHIFT) | i);
        }
      });
    });
    for (const l of len) lengths.push(l);
    for (const [id, rec] of local) {
      recTerm.push(id);
      recDoc.push(doc);
      for (const tf of rec.tf) recTf.push(Math.min(tf, 65535));
      recPos.push(rec.pos.length);
      for (const p of rec.pos) positions.push(p >>> 0);
    }
    const title = study.title.id ?? study.title.en;
    if (title) titles.push({ id: study.id, label: title });
    if (study.title.en && study.title.id) titles.push({ id: study.id, label: study.title.en });
    headerParts.push(Buffer.from(JSON.stringify(study.display)));
    for (const f of fields) {
      let label = labelIds.get(f.label);
      if (label === undefined) labelIds.set(f.label, (label = labelIds.size));
      pieceLabel.push(label);
    }
    fields.forEach((f, fno) => (fno < HOT_FIELDS ? hotParts : coldParts).push(Buffer.from(f.text)));
    docPiece.push(docPiece[docPiece.length - 1]! + fields.length);
  }

  const N = ids.length;
  const len = lengths.done();
  const postings = sortPostings(
    terms,
    recTerm.done(),
    recDoc.done(),
    recTf.done(),
    recPos.done(),
    positions.done(),
    len,
    N,
  );
  const store = layoutStore(hotParts, coldParts, docPiece);
  const surface = sortSurface(surfaceCount);
  const facetData = facets.done();
  return {
    docCount: N,
    ids,
    terms,
    termIds,
    ...postings,
    bigrams: buildBigrams({ docCount: N, ...postings }),
    ...surface,
    facets: facetData,
    champions: buildChampions(postings, facetData, N),
    ...store,
    headers: new Uint8Array(Buffer.concat(headerParts)),
    headerStart: offsetsOf(headerParts),
    labels: [...labelIds.keys()],
    pieceLabel: pieceLabel.done(),
    docPiece: Uint32Array.from(docPiece),
    markStart: Uint32Array.from(markStart),
    tokenMarks: tokenMarks.done(),
    glossary: compileGlossary(options.glossary ?? []),
    suggestions: buildSuggestions(titles, options.extraSuggestions ?? [], surfaceCount),
  };
}

function sortPostings(
  terms: string[],
  recTerm: Uint32Array,
  recDoc: Uint32Array,
  recTf: Uint16Array,
  recPos: Uint32Array,
  positionsIn: Uint32Array,
  len: Uint32Array,
  N: number,
) {
  const T = terms.length;
  const E = recTerm.length;
  // Average token count per [lang][kind] over documents that have such a field.
  const avg = new Float64Array(8);
  const has = new Float64Array(8);
  for (let d = 0; d < N; d++)
    for (let j = 0; j < 8; j++) {
      const l = len[d * 8 + j]!;
      if (l > 0) {
        avg[j] = avg[j]! + l;
        has[j] = has[j]! + 1;
      }
    }
  for (let j = 0; j < 8; j++) avg[j] = has[j]! > 0 ? avg[j]! / has[j]! : 1;

  const termStart = new Uint32Array(T + 1);
  for (let r = 0; r < E; r++) termStart[recTerm[r]! + 1]!++;
  for (let t = 0; t < T; t++) termStart[t + 1]! += termStart[t]!;
  const cursor = termStart.slice(0, T);
  const slotOf = new Uint32Array(E);
  const postDocs = new Uint32Array(E);
  const postImpact = new Uint8Array(E);
  const posLen = new Uint32Array(E);
  const langOfTerm = terms.map((t) => (t.startsWith('en:') ? 1 : 0));
  for (let r = 0; r < E; r++) {
    const t = recTerm[r]!;
    const d = recDoc[r]!;
    const slot = cursor[t]!++;
    slotOf[r] = slot;
    postDocs[slot] = d; // records arrive in document order, so each term's list is sorted
    posLen[slot] = recPos[r]!;
    const base = d * 8 + langOfTerm[t]! * 4;
    let tfw = 0;
    for (let k = 0; k < 4; k++) {
      const tf = recTf[r * 4 + k]!;
      if (tf === 0) continue;
      const norm = 1 - B[k]! + (B[k]! * len[base + k]!) / avg[langOfTerm[t]! * 4 + k]!;
      tfw += (WEIGHT[k]! * tf) / norm;
    }
    // At least 1: a posting means the term occurs, and 0 marks absence in the dense rows (champions.ts).
    postImpact[slot] = Math.max(1, Math.round((255 * tfw) / (K1 + tfw)));
  }
  const posStart = new Uint32Array(E + 1);
  for (let e = 0; e < E; e++) posStart[e + 1] = posStart[e]! + posLen[e]!;
  const positions = new Uint32Array(positionsIn.length);
  let src = 0;
  for (let r = 0; r < E; r++) {
    const n = recPos[r]!;
    positions.set(positionsIn.subarray(src, src + n), posStart[slotOf[r]!]!);
    src += n;
  }
  return { termStart, postDocs, postImpact, posStart, positions };
}
