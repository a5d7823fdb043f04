// Snippets for the hits on the page: the matched term positions (from the postings) choose the field and the
// densest window, so the text is only tokenised up to that window; no stemming happens here, and stemmed or
// cross-language matches are marked because they are the same postings the query matched.
import { tokenize } from './analyse';
import { FIELD_SHIFT } from './fields';
import type { Atom } from './plan';
import { seek } from './postings';
import type { SearchIndex, Snippet } from './types';

const WINDOW = 24; // tokens a passage may span to count matches together
const BEFORE = 6; // context tokens before the first mark
const LENGTH = 34; // tokens shown

export interface StoredStudy {
  d: Record<string, unknown>;
  h: [label: string, lang: string][];
}

const decoder = new TextDecoder();
function readPiece(index: SearchIndex, piece: number): string {
  return decoder.decode(index.readStore(index.storeStart[piece]!, index.storeStart[piece + 1]!));
}
export function readStored(index: SearchIndex, doc: number): StoredStudy {
  const bytes = index.headers.subarray(index.headerStart[doc]!, index.headerStart[doc + 1]!);
  return JSON.parse(decoder.decode(bytes)) as StoredStudy;
}
export function readField(index: SearchIndex, doc: number, field: number): string {
  return readPiece(index, index.docPiece[doc]! + field);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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

export function buildSnippet(
  index: SearchIndex,
  doc: number,
  atoms: Atom[],
  stored: StoredStudy,
): Snippet | null {
  const { postDocs, termStart, posStart, positions } = index;
  const matches: { pos: number; bits: number }[] = [];
  const seen = new Set<number>();
  for (const atom of atoms)
    for (const slot of atom.slots)
      for (const t of slot.terms) {
        if (seen.has(t)) continue;
        seen.add(t);
        const e = seek(postDocs, termStart[t]!, termStart[t + 1]!, doc);
        if (e >= termStart[t + 1]! || postDocs[e] !== doc) continue;
        for (let i = posStart[e]!; i < posStart[e + 1]!; i++)
          matches.push({ pos: positions[i]!, bits: atom.bits });
      }
  if (matches.length === 0) return null;
  matches.sort((a, b) => a.pos - b.pos);

  let best = { field: -1, start: 0, cover: -1, count: 0, rank: 9 };
  for (let i = 0; i < matches.length; i++) {
    const field = matches[i]!.pos >>> FIELD_SHIFT;
    const start = matches[i]!.pos & ((1 << FIELD_SHIFT) - 1);
    let bits = 0;
    let count = 0;
    for (let j = i; j < matches.length && matches[j]!.pos >>> FIELD_SHIFT === field; j++) {
      if ((matches[j]!.pos & ((1 << FIELD_SHIFT) - 1)) - start >= WINDOW) break;
      bits |= matches[j]!.bits;
      count++;
    }
    const cand = { field, start, cover: popcount(bits), count, rank: fieldRank(field) };
    const better =
      titleOnly(cand.rank) - titleOnly(best.rank) ||
      best.cover - cand.cover ||
      cand.rank - best.rank ||
      best.count - cand.count;
    if (best.field < 0 || better < 0) best = cand;
  }
  const head = stored.h[best.field];
  if (!head) return null;
  const marked = new Set<number>();
  for (const m of matches)
    if (m.pos >>> FIELD_SHIFT === best.field) marked.add(m.pos & ((1 << FIELD_SHIFT) - 1));
  return { section: head[0], html: renderWindow(readField(index, doc, best.field), best.start, marked) };
}

function renderWindow(text: string, firstMark: number, marked: Set<number>): string {
  const from = Math.max(0, firstMark - BEFORE);
  // Tokenise only up to one token past the window (to know whether text follows).
  const tokens = tokenize(text, from + LENGTH + 1);
  const to = Math.min(tokens.length, from + LENGTH);
  if (from >= to) return escapeHtml(text.slice(0, 200));
  let html = from > 0 ? '… ' : '';
  let cursor = tokens[from]!.start;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    html += escapeHtml(text.slice(cursor, tok.start));
    const word = escapeHtml(text.slice(tok.start, tok.end));
    html += marked.has(i) ? `<mark>${word}</mark>` : word;
    cursor = tok.end;
  }
  if (to < tokens.length) html += ' …';
  return html;
}
