// Decode step: raw bytes -> text, with the encoding and line-ending style detected.
// The decoded text is the "original" every later offset maps back to and the text the store keeps, so it is
// rewritten only where it must be, and each change is recorded as a repair: the BOM is dropped, bytes that are
// invalid in an otherwise valid UTF-8 file become U+FFFD, and C0 control characters other than tab, line feed,
// carriage return and form feed (NUL above all) are removed, because databases refuse or mangle them.
import type { DecodedText, Repair } from './types';
import { stripControlCharacters } from './clean/control-characters';
import { decodeWindows1252 } from './windows-1252';

export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable';

/** A file that cannot be turned into text; `code` names the reason for the per-file outcome. */
export class DecodeError extends Error {
  readonly code: DecodeErrorCode;

  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

// The encodings a text file can be in (a PDF's text is assembled, not decoded).
type Encoding = Exclude<DecodedText['encoding'], 'pdf-text' | 'pdf-ocr'>;

const NUL_SHARE_LIMIT = 0.01;
const CONTROL_SHARE_LIMIT = 0.05;
// UTF-16 without a BOM: Latin text has a zero in (nearly) every other byte. The pattern must hold block by block
// over most of the file, so a text with NULs sprinkled in, or one stretch of UTF-16, is not taken for UTF-16.
const UTF16_BLOCK = 512;
const UTF16_ZERO_SHARE = 0.5;
const UTF16_OTHER_ZERO_SHARE = 0.02;
const UTF16_BLOCKS_SHARE = 0.9;

export function detectBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** Guesses UTF-16 from where the zero bytes sit, block by block: odd positions for LE, even for BE. */
export function detectUtf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  let blocks = 0;
  for (let from = 0; from < bytes.length; from += UTF16_BLOCK) {
    const to = Math.min(bytes.length, from + UTF16_BLOCK);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = from; i < to; i += 1) {
      if (bytes[i] !== 0) continue;
      if (i % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
    const pairs = (to - from) / 2;
    blocks += 1;
    if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros / pairs <= UTF16_OTHER_ZERO_SHARE) le += 1;
    if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros / pairs <= UTF16_OTHER_ZERO_SHARE) be += 1;
  }
  if (le >= blocks * UTF16_BLOCKS_SHARE) return 'utf-16le';
  if (be >= blocks * UTF16_BLOCKS_SHARE) return 'utf-16be';
  return null;
}

/** The length of the well-formed UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there is invalid. */
export function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or values past U+10FFFF).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k += 1) {
    const byte = bytes[i + k] ?? 0;
    if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return 0;
  }
  return length;
}

/** Valid multi-byte sequences and invalid bytes of `bytes` read as UTF-8. */
export function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceAt(bytes, i);
    if (length > 1) valid += 1;
    else if (length === 0) invalid += 1;
    i += Math.max(1, length);
  }
  return { valid, invalid };
}

/** UTF-8 with each invalid byte replaced by U+FFFD, and a repair per run of invalid bytes saying which bytes. */
export function decodeUtf8Leniently(bytes: Uint8Array): { text: string; repairs: Repair[] } {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const repairs: Repair[] = [];
  let length = 0;
  let from = 0;
  for (let i = 0; i < bytes.length;) {
    const sequence = utf8SequenceAt(bytes, i);
    if (sequence > 0) {
      i += sequence;
      continue;
    }
    const good = decoder.decode(bytes.subarray(from, i));
    parts.push(good);
    length += good.length;
    let end = i;
    while (end < bytes.length && utf8SequenceAt(bytes, end) === 0) end += 1;
    const hex = [...bytes.subarray(i, end)].map((b) => `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`);
    const replacement = '\ufffd'.repeat(end - i);
    repairs.push({ kind: 'invalid-byte', original: hex.join(''), replacement, originalStart: length });
    parts.push(replacement);
    length += replacement.length;
    from = i = end;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(''), repairs };
}

/**
 * UTF-8 when the bytes are valid UTF-8, and also when a few invalid bytes sit among at least as many valid
 * multi-byte sequences: one bad byte must not turn a whole UTF-8 file into Windows-1252 mojibake. Windows-1252
 * text hardly ever forms a valid multi-byte sequence, so its accents leave `valid` near zero.
 */
export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  const bom = detectBom(bytes);
  if (bom) return bom;
  const utf16 = detectUtf16ByZeros(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  const { valid, invalid } = countUtf8(bytes);
  return {
    encoding: invalid === 0 || (valid > 0 && invalid <= valid) ? 'utf-8' : 'windows-1252',
    bomLength: 0,
  };
}

const DECODER_LABEL: Record<Exclude<Encoding, 'windows-1252'>, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

export function decodeWith(bytes: Uint8Array, encoding: Encoding, bomLength: number): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes.subarray(bomLength));
  // ignoreBOM keeps the decoder from eating a BOM we already skipped (or from eating a U+FEFF that is content).
  const decoder = new TextDecoder(DECODER_LABEL[encoding], { ignoreBOM: true });
  return decoder.decode(bytes.subarray(bomLength));
}

export function detectLineEnding(text: string): DecodedText['lineEnding'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  if (crlf > 0) return 'crlf';
  return lf > 0 ? 'lf' : 'cr';
}

/** Throws when decoded text is not a text document: empty, or mostly NULs/control characters. */
export function assertTextLike(text: string): void {
  if (text.trim().length === 0) throw new DecodeError('empty', 'the file is empty or holds only whitespace');
  let nuls = 0;
  let controls = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0) nuls += 1;
    else if ((code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f') || code === 0x7f)
      controls += 1;
  }
  const length = text.length;
  if (nuls / length > NUL_SHARE_LIMIT) {
    throw new DecodeError('binary', `the file looks binary: ${nuls} NUL characters in ${length}`);
  }
  if (controls / length > CONTROL_SHARE_LIMIT) {
    throw new DecodeError('binary', `the file looks binary: ${controls} control characters in ${length}`);
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty (0 bytes)');
  const { encoding, bomLength } = detectEncoding(bytes);
  let decoded: { text: string; repairs: Repair[] };
  try {
    decoded =
      encoding === 'utf-8' || encoding === 'utf-8-bom'
        ? decodeUtf8Leniently(bytes.subarray(bomLength))
        : { text: decodeWith(bytes, encoding, bomLength), repairs: [] };
  } catch (error) {
    throw new DecodeError('undecodable', `cannot decode as ${encoding}: ${String(error)}`);
  }
  // Binary files are refused on what they hold, before any control character is removed.
  assertTextLike(decoded.text);
  const { text, repairs } = stripControlCharacters(decoded.text, decoded.repairs);
  const result: DecodedText = { text, encoding, lineEnding: detectLineEnding(text) };
  return repairs.length > 0 ? { ...result, repairs } : result;
}
