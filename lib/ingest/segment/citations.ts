// In-text citations: parenthetical "(UNODC, 2019)", "(Enos & Roberts, 2016)", "(IJM,2020)", "(A, 2019; B, 2020)"
// and narrative "Moore (2015)".
import type { InTextCitation } from '../types';

const PARENTHESIS = /\(([^()]{2,200})\)/g;
const PART =
  /^\s*([\p{Lu}][^;]*?)[,\s]\s*((?:19|20)\d{2}[a-z]?|n\.\s?d\.?)(?:\s*[,:]\s*(?:hal\.?|p\.?|pp\.?)?\s*[\d–-]+)?\s*$/u;
// Names are bounded ({1,40}): an unbounded run, tried from every capital of a long run of letters, was quadratic.
const NARRATIVE =
  /(\p{Lu}[\p{L}'’-]{1,40}(?:\s+(?:et\s+al\.|(?:&|and|dan)\s+\p{Lu}[\p{L}'’-]{1,40}))?)\s+\(((?:19|20)\d{2}[a-z]?)\)/gu;
// "Investigating High-Technology Computer Crime (2015)" names a book's year, not an author: the word before a
// narrative citation must not be capitalised too.
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*[:,]?\s+$/u;

export function parseCitationPart(part: string): { authors: string; year: number | null } | null {
  const match = PART.exec(part);
  if (!match) return null;
  const authors = (match[1] ?? '').replace(/[,\s]+$/, '').trim();
  if (authors.split(/\s+/).length > 8 || !/\p{L}{2,}/u.test(authors)) return null;
  const year = /^\d{4}/.exec(match[2] ?? '')?.[0];
  return { authors, year: year ? Number(year) : null };
}

function parenthetical(text: string, from: number, to: number): InTextCitation[] {
  const found: InTextCitation[] = [];
  for (const match of text.slice(from, to).matchAll(PARENTHESIS)) {
    const inner = match[1] ?? '';
    const innerStart = from + match.index + 1;
    let offset = 0;
    for (const part of inner.split(';')) {
      const parsed = parseCitationPart(part);
      if (parsed) {
        const lead = part.length - part.trimStart().length;
        const single = !inner.includes(';');
        const start = single ? innerStart - 1 : innerStart + offset + lead;
        const end = single ? innerStart + inner.length + 1 : innerStart + offset + part.trimEnd().length;
        found.push({ text: text.slice(start, end), ...parsed, start, end });
      }
      offset += part.length + 1;
    }
  }
  return found;
}

function narrative(text: string, from: number, to: number): InTextCitation[] {
  const found: InTextCitation[] = [];
  for (const match of text.slice(from, to).matchAll(NARRATIVE)) {
    const start = from + match.index;
    if (CAPITALISED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    const end = start + match[0].length;
    found.push({ text: match[0], authors: match[1] ?? '', year: Number(match[2]?.slice(0, 4)), start, end });
  }
  return found;
}

/** Citations in text[from, to), in reading order. */
export function findCitations(text: string, from = 0, to = text.length): InTextCitation[] {
  return [...parenthetical(text, from, to), ...narrative(text, from, to)].sort((a, b) => a.start - b.start);
}
