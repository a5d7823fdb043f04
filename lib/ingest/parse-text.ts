// Decode, clean and segment in one call: the text-level half of the ingest pipeline for one file.
import { cleanText } from './clean';
import { decodeBytes } from './decode';
import { segmentDocument } from './segment';
import type { CleanText, DecodedText, SegmentedDocument } from './types';

export interface ParseTextOptions {
  knownNames: string[];
}

export interface ParsedText {
  decoded: DecodedText;
  clean: CleanText;
  segmented: SegmentedDocument;
}

/** Throws DecodeError (with a `code`) when the bytes are not a text document. */
export function parseText(bytes: Uint8Array, options: ParseTextOptions): ParsedText {
  const decoded = decodeBytes(bytes);
  const clean = cleanText(decoded, { knownNames: options.knownNames });
  const segmented = segmentDocument(clean, decoded, { knownNames: options.knownNames });
  return { decoded, clean, segmented };
}
