// Decode step: raw bytes -> text, with the encoding and line-ending style detected.
// The decoded text is the "original" every later offset maps back to, so nothing here rewrites content:
// only the BOM is dropped.
import type { DecodedText } from './types';
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

type Encoding = DecodedText['encoding'];

const NUL_SHARE_LIMIT = 0.01;
const CONTROL_SHARE_LIMIT = 0.05;
// UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
const UTF16_ZERO_SHARE = 0.3;

export function detectBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** Guesses UTF-16 from where the zero bytes sit: even positions for BE, odd for LE. */
export function detectUtf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs > UTF16_ZERO_SHARE && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > UTF16_ZERO_SHARE && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  const bom = detectBom(bytes);
  if (bom) return bom;
  const utf16 = detectUtf16ByZeros(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
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
  let text: string;
  try {
    text = decodeWith(bytes, encoding, bomLength);
  } catch (error) {
    throw new DecodeError('undecodable', `cannot decode as ${encoding}: ${String(error)}`);
  }
  assertTextLike(text);
  return { text, encoding, lineEnding: detectLineEnding(text) };
}
