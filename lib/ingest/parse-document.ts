import { knownNames } from '../vocabulary/lookup';
import { classifyDocument } from './classify';
import { sha256 } from './corpus-files';
import { statedDoi } from './doi';
import { comparisonTermsOf } from './near-duplicates';
import { parseText, type ParsedText } from './parse-text';
import { addPagesToProvenance } from './pdf/page-provenance';
import { applySidecar, parseSidecar, type Sidecar } from './sidecar';
import type { ParsedDocument, SourcePage } from './types';

export interface DocumentSource {
  relativePath: string;
  bytes: Uint8Array;
  sidecar: { text: string; fileName: string } | null;
}

let names: string[] | undefined;

/** The names whose OCR damage is repaired and whose acronyms stay in capitals: the vocabularies' own. */
export function knownCanonicalNames(): string[] {
  names ??= knownNames().map((name) => name.canonical);
  return names;
}

/** The curator's sidecar, validated first so a broken one fails fast, before any work on the document. */
export function readSidecar(source: DocumentSource): Sidecar | null {
  return source.sidecar ? parseSidecar(source.sidecar.text, source.sidecar.fileName) : null;
}

/** Where the document's first abstract starts (its header ends there); the text's length when it has none. */
function firstAbstractStart(segmented: ParsedText['segmented']): number {
  const starts = Object.values(segmented.abstracts).map((field) =>
    field.provenance.source === 'extracted' ? field.provenance.start : Infinity,
  );
  return Math.min(Infinity, ...starts);
}

/** The tail every format shares: classify the segmented text, put the curator's sidecar on top. */
export function finishDocument(
  source: DocumentSource,
  sidecar: Sidecar | null,
  { decoded, clean, segmented }: ParsedText,
  origin: { format: ParsedDocument['format']; pages: SourcePage[] },
): ParsedDocument {
  const classification = classifyDocument({ text: clean.text, segmented });
  const doc: ParsedDocument = {
    ...segmented,
    ...classification,
    sourceFile: source.relativePath,
    contentHash: sha256(source.bytes),
    decoded,
    clean: { text: clean.text, repairs: clean.repairs },
    ...origin,
    doi: statedDoi(clean.text, firstAbstractStart(segmented)),
    comparisonTerms: { text: [], title: [] },
  };
  addPagesToProvenance(doc, clean.toOriginal, origin.pages);
  const curated = sidecar && source.sidecar ? applySidecar(doc, sidecar, source.sidecar.fileName) : doc;
  // Worked out here, on the worker, so the near-duplicate pass over the whole store only compares stored words.
  return { ...curated, comparisonTerms: comparisonTermsOf(curated) };
}

/** The whole pure pipeline for a text file: decode, clean, segment, classify, then the curator's sidecar on top. */
export function parseDocument(source: DocumentSource): ParsedDocument {
  const sidecar = readSidecar(source);
  const parsed = parseText(source.bytes, { knownNames: knownCanonicalNames() });
  return finishDocument(source, sidecar, parsed, { format: 'text', pages: [] });
}
