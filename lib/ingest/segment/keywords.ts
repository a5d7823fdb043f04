// Keyword lines: "Kata kunci:", "Kata-kunci :", "Keywords:". The label names the language; the list is split on
// commas and semicolons, except inside parentheses ("IOM (International Organization for Migration)" stays whole).
import type { Lang } from '../../vocabulary/types';
import type { Field } from '../types';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from './bounds';
import type { Paragraph } from './paragraphs';

const LABEL = /^(kata[\s-]*kunci|keywords?|key\s+words|index\s+terms)\s*[:：.\-–—]\s*/i;

export interface KeywordLine {
  lang: Lang;
  index: number;
  keywords: Field<string>[];
}

/** [start, end) spans of the items of a list, split on , or ; at parenthesis depth 0. */
export function splitListSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth += 1;
    else if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
    else if (ch === undefined || ((ch === ',' || ch === ';' || ch === '·' || ch === '•') && depth === 0)) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  return spans;
}

/** Trims an item span of spaces and a closing period. */
function trimSpan(text: string, [from, to]: [number, number]): [number, number] {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s.]/.test(text[end - 1] ?? '')) end -= 1;
  return [start, end];
}

export function parseKeywordLine(p: Paragraph): KeywordLine | null {
  const match = LABEL.exec(p.text);
  if (!match) return null;
  const label = (match[1] ?? '').toLowerCase();
  const lang: Lang = label.startsWith('kata') ? 'id' : 'en';
  const offset = match[0].length;
  const list = p.text.slice(offset);
  const spans = splitListSpans(list)
    .map((span) => trimSpan(list, span))
    .filter(([from, to]) => to > from);
  // The list ends at the first item too long to be a keyword: from there on the line ran into other text.
  const tooLong = spans.findIndex(([from, to]) => to - from > MAX_KEYWORD_LENGTH);
  const keywords = spans
    .slice(0, Math.min(tooLong === -1 ? spans.length : tooLong, MAX_KEYWORDS))
    .map(([from, to]) => ({
      value: list.slice(from, to),
      provenance: {
        source: 'extracted' as const,
        start: p.start + offset + from,
        end: p.start + offset + to,
      },
    }));
  return { lang, index: p.index, keywords };
}

export function findKeywordLines(paragraphs: Paragraph[]): KeywordLine[] {
  return paragraphs.map(parseKeywordLine).filter((line): line is KeywordLine => line !== null);
}

/** First keyword line per language; a language without one gets an empty list. */
export function keywordsByLanguage(lines: KeywordLine[]): Record<Lang, Field<string>[]> {
  const result: Record<Lang, Field<string>[]> = { id: [], en: [] };
  for (const line of lines) if (result[line.lang].length === 0) result[line.lang] = line.keywords;
  return result;
}
