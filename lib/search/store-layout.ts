// The stored text of an index: field texts as pieces, hot ones (titles, abstracts, keywords) laid out first so
// a load can keep them in memory, and token marks (byte offsets of every MARK_EVERY-th token) so a snippet reads
// only its window.
import type { Token } from './analyse';
import { HOT_FIELDS, MARK_EVERY } from './fields';
import type { Grow } from './grow';

/** Byte offset (UTF-8, within the field) of every MARK_EVERY-th token, so a snippet reads and tokenises only its window. */
export function markTokens(text: string, tokens: Token[], out: Grow<Uint32Array>): void {
  let char = 0;
  let byte = 0;
  for (let i = 0; i < tokens.length; i += MARK_EVERY) {
    const start = tokens[i]!.start;
    byte += Buffer.byteLength(text.slice(char, start));
    char = start;
    out.push(byte);
  }
}

export function offsetsOf(parts: Buffer[]): Uint32Array {
  const out = new Uint32Array(parts.length + 1);
  parts.forEach((b, i) => (out[i + 1] = out[i]! + b.length));
  return out;
}

/** Hot pieces first (each document's fields 0..HOT_FIELDS-1, in document order), then the cold ones. */
export function layoutStore(hot: Buffer[], cold: Buffer[], docPiece: number[]) {
  const pieces = docPiece[docPiece.length - 1]!;
  const storeStart = new Uint32Array(pieces);
  const storeEnd = new Uint32Array(pieces);
  const hotBytes = hot.reduce((n, b) => n + b.length, 0);
  let h = 0;
  let c = 0;
  let hotOffset = 0;
  let coldOffset = hotBytes;
  for (let d = 0; d + 1 < docPiece.length; d++)
    for (let p = docPiece[d]!; p < docPiece[d + 1]!; p++) {
      const part = p - docPiece[d]! < HOT_FIELDS ? hot[h++]! : cold[c++]!;
      const at = p - docPiece[d]! < HOT_FIELDS ? hotOffset : coldOffset;
      storeStart[p] = at;
      storeEnd[p] = at + part.length;
      if (p - docPiece[d]! < HOT_FIELDS) hotOffset += part.length;
      else coldOffset += part.length;
    }
  const bytes = new Uint8Array(Buffer.concat([...hot, ...cold]));
  return {
    storeStart,
    storeEnd,
    hotBytes,
    storeBytes: bytes.length,
    readStore: (start: number, end: number) => bytes.subarray(start, end),
  };
}
