import { knownNames } from '../vocabulary/lookup';
import { classifyDocument } from './classify';
import { comparisonTermsOf } from './near-duplicates';
import { readRegularFile, sha256 } from './corpus-files';
import { parseText } from './parse-text';
import { applySidecar, parseSidecar } from './sidecar';
import type { ParsedDocument } from './types';

export interface DocumentSource {
  relativePath: string;
  bytes: Uint8Array;
  sidecar: { text: string; fileName: string } | null;
}

/** A file to be read and parsed where the parse runs, so the thread that writes the store does not read it. */
export interface FileSource {
  relativePath: string;
  absolutePath: string;
  maxBytes: number;
  sidecar: { text: string; fileName: string } | null;
}

let names: string[] | undefined;

export function parseFile(source: FileSource): ParsedDocument {
  const bytes = readRegularFile(source.absolutePath, source.maxBytes);
  return parseDocument({ relativePath: source.relativePath, bytes, sidecar: source.sidecar });
}

/** The whole pure pipeline for one file: decode, clean, segment, classify, then the curator's sidecar on top. */
export function parseDocument(source: DocumentSource): ParsedDocument {
  names ??= knownNames().map((name) => name.canonical);
  // The sidecar is validated first so a broken sidecar fails fast, before any work on the document.
  const sidecar = source.sidecar ? parseSidecar(source.sidecar.text, source.sidecar.fileName) : null;
  const { decoded, clean, segmented } = parseText(source.bytes, { knownNames: names ?? [] });
  const classification = classifyDocument({ text: clean.text, segmented });
  const doc: ParsedDocument = {
    ...segmented,
    ...classification,
    sourceFile: source.relativePath,
    contentHash: sha256(source.bytes),
    decoded,
    clean: { text: clean.text, repairs: clean.repairs },
    comparisonTerms: { text: [], title: [] },
  };
  const curated = sidecar && source.sidecar ? applySidecar(doc, sidecar, source.sidecar.fileName) : doc;
  // Worked out here, on the worker, so the near-duplicate pass over the whole store only compares stored words.
  return { ...curated, comparisonTerms: comparisonTermsOf(curated) };
}
