// Snippets for the hits on the page: the matched term positions (from the postings) choose the field and the
// densest window; only the bytes between two token marks around it are read and tokenised. No stemming happens here: stemmed or
// cross-language matches are marked because they are the same postings the query matched.
import { scanTokens } from './analyse';
import { FIELD_SHIFT, MARK_EVERY } from './fields';
import type { Atom } from './plan';
import { seek } from './postings';
import type { SearchIndex, Snippet } from './types';

const WINDOW = 24; // tokens a passage may span to count matches together
const BEFORE = 6; // context tokens before the first mark
const LENGTH = 34; // tokens shown
const TOKEN_MASK = (1 << FIELD_SHIFT) - 1;

// Token offsets of the window being rendered (reused; a window has at most 2 * MARK_EVERY + LENGTH + 1 tokens).
const starts = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
const ends = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
export function readDisplay(index: SearchIndex, doc: number): Record<string, unknown> {
  const bytes = index.headers;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return JSON.parse(buffer.toString('utf8', index.headerStart[doc]!, index.headerStart[doc + 1]!)) as Record<
    string,
    unknown
  >;
}

const posAt = (matches: Float64Array, k: number) => Math.floor(matches[k]! / 4096);

/** Adds (sign 1) or removes (-1) match k's clauses from the window; returns the change in clauses covered. */
function count(atoms: Atom[], matches: Float64Array, k: number, sign: 1 | -1): number {
  let change = 0;
  for (let bits = atoms[matches[k]! % 4096]!.bits, b = 0; bits !== 0; bits >>>= 1, b++) {
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

// Reused between calls: match k packs position (field << FIELD_SHIFT | token) and atom number as pos * 4096 + atom.
let packed = new Float64Array(256);
const clauseHits = new Int32Array(32);

export function buildSnippet(index: SearchIndex, doc: number, atoms: Atom[]): Snippet | null {
  const { postDocs, termStart, posStart, positions } = index;
  let m = 0;
  const seen = new Set<number>();
  for (let a = 0; a < atoms.length && a < 4096; a++)
    for (const slot of atoms[a]!.slots)
      for (const t of slot.terms) {
        if (seen.has(t)) continue;
        seen.add(t);
        const e = seek(postDocs, termStart[t]!, termStart[t + 1]!, doc);
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

  // Sliding window over each field's matches: the window starting at match i covers matches i..j-1.
  let best = { field: -1, start: 0, cover: -1, count: 0, rank: 9 };
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
    const cand = { field, start, cover, count: j - i, rank: fieldRank(field) };
    const better =
      titleOnly(cand.rank) - titleOnly(best.rank) ||
      best.cover - cand.cover ||
      cand.rank - best.rank ||
      best.count - cand.count;
    if (best.field < 0 || better < 0) best = cand;
    cover += count(atoms, matches, i, -1);
  }
  if (best.field < 0 || index.docPiece[doc]! + best.field >= index.docPiece[doc + 1]!) return null;
  const piece = index.docPiece[doc]! + best.field;
  const marked = new Set<number>();
  for (let k = 0; k < m; k++) {
    const pos = posAt(matches, k);
    if (pos >>> FIELD_SHIFT === best.field) marked.add(pos & TOKEN_MASK);
  }
  return {
    section: index.labels[index.pieceLabel[piece]!]!,
    html: renderWindow(index, piece, best.start, marked),
  };
}

/** Escaped text of tokens [firstMark - BEFORE, +LENGTH) of one piece, reading only the bytes between two token marks. */
function renderWindow(index: SearchIndex, piece: number, firstMark: number, marked: Set<number>): string {
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
  const found = scanTokens(text, 0, from - base + LENGTH + 1, starts, ends);
  const lo = from - base;
  const hi = Math.min(found, lo + LENGTH);
  if (lo >= hi) return escapeHtml(text.slice(0, 200));
  let html = from > 0 ? '… ' : '';
  // Text between marks is escaped in one piece.
  let cursor = starts[lo]!;
  for (let i = lo; i < hi; i++) {
    if (!marked.has(base + i)) continue;
    html += `${escapeHtml(text.slice(cursor, starts[i]))}<mark>${escapeHtml(text.slice(starts[i], ends[i]))}</mark>`;
    cursor = ends[i]!;
  }
  html += escapeHtml(text.slice(cursor, ends[hi - 1]));
  if (hi < found || byteTo < pieceEnd) html += ' …';
  return html;
}
