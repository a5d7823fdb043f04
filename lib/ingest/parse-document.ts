import { knownNames } from '../vocabulary/lookup';
import { classifyDocument } from './classify';
import { sha256 } from './corpus-files';
import { parseText } from './parse-text';
import { applySidecar, parseSidecar } from './sidecar';
import type { ParsedDocument } from './types';

export interface DocumentSource {
  relativePath: string;
  bytes: Uint8Array;
  sidecar: { text: string; fileName: string } | null;
}

let names: string[] | undefined;

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
  };
  return sidecar && source.sidecar ? applySidecar(doc, sidecar, source.sidecar.fileName) : doc;
}
