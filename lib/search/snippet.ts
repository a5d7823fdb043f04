// Snippets for the hits on the page: the matched term positions (from the postings) choose the field and the
// densest window; only the bytes between two token marks around it are read and tokenised. No stemming happens here: stemmed or
// cross-language matches are marked because they are the same postings the query matched.
import { scanAsciiTokens, scanTokens } from './analyse';
import { FIELD_SHIFT, MARK_EVERY } from './fields';
import type { Atom } from './plan';
import { find } from './postings';
import type { SearchIndex, Snippet } from './types';

const WINDOW = 24; // tokens a passage may span to count matches together
const BEFORE = 6; // context tokens before the first mark
const LENGTH = 34; // tokens shown
const TOKEN_MASK = (1 << FIELD_SHIFT) - 1;

// Token offsets of the window being rendered (reused; a window has at most 2 * MARK_EVERY + LENGTH + 1 tokens).
const starts = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
const ends = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
const headerBuffers = new WeakMap<SearchIndex, Buffer>();
export function readDisplay(index: SearchIndex, doc: number): Record<string, unknown> {
  let buffer = headerBuffers.get(index);
  if (!buffer) {
    const bytes = index.headers;
    headerBuffers.set(index, (buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  }
  const json = buffer.toString('utf8', index.headerStart[doc]!, index.headerStart[doc + 1]!);
  return JSON.parse(json) as Record<string, unknown>;
}

// Match k packs position and atom as pos * 4096 + atom (exact in a float64); both are taken apart without the
// floating-point remainder, which is a library call.
const posAt = (matches: Float64Array, k: number) => Math.floor(matches[k]! / 4096);
const atomAt = (matches: Float64Array, k: number) => matches[k]! - posAt(matches, k) * 4096;

/** Adds (sign 1) or removes (-1) match k's clauses from the window; returns the change in clauses covered. */
function count(atoms: Atom[], matches: Float64Array, k: number, sign: 1 | -1): number {
  let change = 0;
  for (let bits = atoms[atomAt(matches, k)]!.bits, b = 0; bits !== 0; bits >>>= 1, b++) {
    if ((bits & 1) === 0) continue;
    const before = clauseHits[b]!;
    clauseHits[b] = before + sign;
    if (before === 0) change++;
    else if (before + sign === 0) change--;
  }
  return change;
}

// Abstracts first, then keywords, then body; titles only when nothing else matched (they are shown anyway).
function fieldRank(f: number): number {
  return f >= 6 ? 2 : f >= 4 ? 1 : f >= 2 ? 0 : 3;
}
const titleOnly = (rank: number) => (rank === 3 ? 1 : 0);

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeChar = (c: string) => ENTITIES[c]!;
export function escapeHtml(s: string): string {
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, escapeChar) : s;
}

// Reused between calls: the matches of one document, the clauses a window covers, the marked tokens of the field shown.
let packed = new Float64Array(256);
const clauseHits = new Int32Array(32);
let marked = new Int32Array(256);

export function buildSnippet(index: SearchIndex, doc: number, atoms: Atom[]): Snippet | null {
  const { postDocs, termStart, posStart, positions } = index;
  let m = 0;
  const seen: number[] = [];
  for (let a = 0; a < atoms.length && a < 4096; a++)
    for (const slot of atoms[a]!.slots)
      for (const t of slot.terms) {
        if (seen.includes(t)) continue;
        seen.push(t);
        const e = find(postDocs, termStart[t]!, termStart[t + 1]!, doc, index.docCount);
        if (e >= termStart[t + 1]! || postDocs[e] !== doc) continue;
        const from = posStart[e]!;
        const to = posStart[e + 1]!;
        if (m + to - from > packed.length) {
          const next = new Float64Array(Math.max(packed.length * 2, m + to - from));
          next.set(packed.subarray(0, m));
          packed = next;
        }
        for (let i = from; i < to; i++) packed[m++] = positions[i]! * 4096 + a;
      }
  if (m === 0) return null;
  const matches = packed.subarray(0, m).sort();

  // Sliding window over each field's matches: the window starting at match i covers matches i..j-1. The best
  // covers most clauses, then prefers abstracts to keywords to body to titles, then most matches.
  let bestField = -1;
  let bestStart = 0;
  let bestCover = -1;
  let bestCount = 0;
  let bestRank = 9;
  let j = 0;
  let cover = 0;
  clauseHits.fill(0);
  for (let i = 0; i < m; i++) {
    const pos = posAt(matches, i);
    const field = pos >>> FIELD_SHIFT;
    const start = pos & TOKEN_MASK;
    if (j < i) j = i;
    while (
      j < m &&
      posAt(matches, j) >>> FIELD_SHIFT === field &&
      (posAt(matches, j) & TOKEN_MASK) - start < WINDOW
    )
      cover += count(atoms, matches, j++, 1);
    const rank = fieldRank(field);
    const better =
      titleOnly(rank) - titleOnly(bestRank) || bestCover - cover || rank - bestRank || bestCount - (j - i);
    if (bestField < 0 || better < 0) {
      bestField = field;
      bestStart = start;
      bestCover = cover;
      bestCount = j - i;
      bestRank = rank;
    }
    cover += count(atoms, matches, i, -1);
  }
  if (bestField < 0 || index.docPiece[doc]! + bestField >= index.docPiece[doc + 1]!) return null;
  const piece = index.docPiece[doc]! + bestField;
  // The field's matched tokens in ascending order (matches are sorted by position), each once.
  if (marked.length < m) marked = new Int32Array(packed.length);
  let n = 0;
  for (let k = 0; k < m; k++) {
    const pos = posAt(matches, k);
    if (pos >>> FIELD_SHIFT !== bestField) continue;
    const token = pos & TOKEN_MASK;
    if (n === 0 || marked[n - 1] !== token) marked[n++] = token;
  }
  return {
    section: index.labels[index.pieceLabel[piece]!]!,
    html: renderWindow(index, piece, bestStart, marked, n),
  };
}

/** Escaped text of tokens [firstMark - BEFORE, +LENGTH) of one piece, reading only the bytes between two token marks. */
function renderWindow(
  index: SearchIndex,
  piece: number,
  firstMark: number,
  marked: Int32Array,
  markedCount: number,
): string {
  const from = Math.max(0, firstMark - BEFORE);
  const marks = index.tokenMarks;
  const markFrom = index.markStart[piece]!;
  const markCount = index.markStart[piece + 1]! - markFrom;
  const pieceStart = index.storeStart[piece]!;
  const pieceEnd = index.storeEnd[piece]!;
  const first = Math.min(Math.floor(from / MARK_EVERY), Math.max(0, markCount - 1));
  // One token past the window tells whether text follows; the mark after it bounds the read.
  const last = Math.floor((from + LENGTH + 1) / MARK_EVERY) + 1;
  const byteFrom = markCount > 0 ? pieceStart + marks[markFrom + first]! : pieceStart;
  const byteTo = last < markCount ? pieceStart + marks[markFrom + last]! : pieceEnd;
  const base = markCount > 0 ? first * MARK_EVERY : 0;
  const bytes = index.readStore(byteFrom, byteTo);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const limit = from - base + LENGTH + 1;
  let found = scanAsciiTokens(bytes, limit, starts, ends);
  if (found < 0) found = scanTokens(text, 0, limit, starts, ends);
  const lo = from - base;
  const hi = Math.min(found, lo + LENGTH);
  if (lo >= hi) return escapeHtml(text.slice(0, 200));
  let html = from > 0 ? '… ' : '';
  // Text between marks is escaped in one piece.
  let cursor = starts[lo]!;
  for (let k = 0; k < markedCount; k++) {
    const i = marked[k]! - base;
    if (i < lo) continue;
    if (i >= hi) break;
    html += `${escapeHtml(text.slice(cursor, starts[i]))}<mark>${escapeHtml(text.slice(starts[i], ends[i]))}</mark>`;
    cursor = ends[i]!;
  }
  html += escapeHtml(text.slice(cursor, ends[hi - 1]));
  if (hi < found || byteTo < pieceEnd) html += ' …';
  return html;
}
