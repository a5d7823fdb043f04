// Shared by the segment-* tests: run decode + clean + segment on a string or on bytes.
import { cleanText } from '@/lib/ingest/clean';
import { parseText } from '@/lib/ingest/parse-text';
import { segmentDocument } from '@/lib/ingest/segment';
import { KNOWN_NAMES, decodedOf } from './clean-helpers';

export function segmentString(text: string) {
  const decoded = decodedOf(text);
  const clean = cleanText(decoded, { knownNames: KNOWN_NAMES });
  return { clean, segmented: segmentDocument(clean, decoded, { knownNames: KNOWN_NAMES }) };
}

export function segmentBytes(bytes: Uint8Array) {
  return parseText(bytes, { knownNames: KNOWN_NAMES });
}
