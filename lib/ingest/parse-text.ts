// Decode, clean and segment in one call: the text-level half of the ingest pipeline for one file.
import { cleanText } from './clean';
import { decodeBytes } from './decode';
import { segmentDocument } from './segment';
import type { KnownFurniture } from './clean/running-headers';
import type { CleanText, DecodedText, SegmentedDocument } from './types';

export interface ParseTextOptions {
  knownNames: string[];
}

/** What a layout step (a PDF's pages) knows about the text beyond its characters. */
export interface LayoutHints {
  furniture: KnownFurniture[];
  largestType: { start: number; end: number }[];
}

export interface ParsedText {
  decoded: DecodedText;
  clean: CleanText;
  segmented: SegmentedDocument;
}

/** Throws DecodeError (with a `code`) when the bytes are not a text document. */
export function parseText(bytes: Uint8Array, options: ParseTextOptions): ParsedText {
  return parseDecoded(decodeBytes(bytes), options);
}

/** Clean and segment text that is already decoded: a text file's, or the text a PDF's layout step assembled. */
export function parseDecoded(
  decoded: DecodedText,
  options: ParseTextOptions,
  layout?: LayoutHints,
): ParsedText {
  const clean = cleanText(decoded, { knownNames: options.knownNames, furniture: layout?.furniture });
  const segmented = segmentDocument(clean, decoded, {
    knownNames: options.knownNames,
    largestType: layout?.largestType,
  });
  return { decoded, clean, segmented };
}
