// Keyword lines: "Kata kunci:", "Kata-kata Kunci :", "Keywords:", the label doubled by a converter ("Keywords:
// Keywords: ...") or alone with the list on the next line, and a list with no label at all right after an abstract.
// The list is split on commas and semicolons, except inside parentheses ("IOM (International Organization for
// Migration)" stays whole). The label names the language unless the list and the abstract beside it agree on the
// other one (an OJS page prints its English "Keywords" label over an Indonesian list).
import type { Lang } from '../../vocabulary/types';
import type { Field } from '../types';
import { isAllCaps, isSectionKeyword } from '../clean/heading-shape';
import { isOtherHeading, isPageNumber } from './abstract-shape';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from './bounds';
import { detectLanguage } from './language';
import type { Paragraph } from './paragraphs';

const LABEL_WORDS = String.raw`(kata[\s-]*(?:kata[\s-]*)?kunci|keywords?|key\s+words|index\s+terms)`;
const LABEL = new RegExp(String.raw`^${LABEL_WORDS}\s*[:：.\-–—]\s*`, 'i');
/** A label printed again inside the list: the line was captured twice, or a second line follows. */
const LABEL_AGAIN = new RegExp(String.raw`(?:^|\s)${LABEL_WORDS}\s*[:：]`, 'i');

export interface KeywordLine {
  lang: Lang;
  index: number;
  keywords: Field<string>[];
  /** True when no label said it was a keyword line (a list found right after an abstract). */
  unlabelled?: boolean;
}

/** Whether a paragraph starts with a keyword label (the list may be empty when it went to the next line). */
export function isKeywordLabel(text: string): boolean {
  return LABEL.test(text.trim());
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

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * "A, B, international cooperation and transnational crime": the last item of a list of three or more is two
 * terms when one "and"/"dan" joins phrases of two words or more each; "naming and shaming" stays one term.
 */
function splitLastAnd(list: string, spans: Array<[number, number]>): Array<[number, number]> {
  const last = spans.at(-1);
  if (!last || spans.length < 3) return spans;
  const item = list.slice(last[0], last[1]);
  const joins = [...item.matchAll(/\s(?:and|dan|&)\s/gi)];
  const join = joins[0];
  if (joins.length !== 1 || join?.index === undefined) return spans;
  const left = item.slice(0, join.index);
  const right = item.slice(join.index + join[0].length);
  if (wordCount(left) < 2 || wordCount(right) < 2) return spans;
  const rightStart = last[0] + join.index + join[0].length;
  return [...spans.slice(0, -1), [last[0], last[0] + join.index], [rightStart, last[1]]];
}

/** The keyword fields of a list that starts at `offset` in paragraph `p`. */
function listFields(p: Paragraph, offset: number, list: string): Field<string>[] {
  let spans = splitListSpans(list)
    .map((span) => trimSpan(list, span))
    .filter(([from, to]) => to > from);
  // The list ends at the first item too long to be a keyword: from there on the line ran into other text.
  const tooLong = spans.findIndex(([from, to]) => to - from > MAX_KEYWORD_LENGTH);
  spans = splitLastAnd(list, spans.slice(0, tooLong === -1 ? spans.length : tooLong));
  return spans.slice(0, MAX_KEYWORDS).map(([from, to]) => ({
    value: list.slice(from, to),
    provenance: {
      source: 'extracted' as const,
      start: p.start + offset + from,
      end: p.start + offset + to,
    },
  }));
}

/** Strips a doubled label and cuts the list where the label is printed again. */
function listAfterLabel(text: string, offset: number): { offset: number; list: string } {
  let at = offset;
  const doubled = LABEL.exec(text.slice(at));
  if (doubled) at += doubled[0].length;
  const rest = text.slice(at);
  const again = LABEL_AGAIN.exec(rest);
  return { offset: at, list: again ? rest.slice(0, again.index) : rest };
}

export function parseKeywordLine(p: Paragraph): KeywordLine | null {
  const match = LABEL.exec(p.text);
  if (!match) return null;
  const label = (match[1] ?? '').toLowerCase();
  const lang: Lang = label.startsWith('kata') ? 'id' : 'en';
  const { offset, list } = listAfterLabel(p.text, match[0].length);
  return { lang, index: p.index, keywords: listFields(p, offset, list) };
}

/**
 * A paragraph shaped like a keyword list: three to forty short items separated by commas or semicolons, and no
 * sentence inside ("WHO; FCTC; rezim internasional; pengendalian tembakau; Indonesia").
 */
export function isListShaped(text: string): boolean {
  if (text.length > 400 || /[.!?]\s+\p{Lu}/u.test(text) || !/[,;]/.test(text)) return false;
  const items = splitListSpans(text)
    .map(([from, to]) => text.slice(from, to).trim())
    .filter(Boolean);
  return items.length >= 3 && items.length <= MAX_KEYWORDS && items.every((item) => wordCount(item) <= 5);
}

/**
 * Whether paragraph `next` is the end of a keyword list wrapped onto a line of its own ("..., Nusa" then "Tenggara
 * Barat"): the list stops without a period, and the next line is a few words that are no heading of any kind.
 */
function continuesList(list: string, next: string): boolean {
  const text = next.trim();
  if (/[.;:]$/.test(list.trim()) || text.split(/\s+/).length > 3 || /[:;,.]/.test(text)) return false;
  if (!/^\p{L}/u.test(text) || isAllCaps(text) || isPageNumber(text) || isSectionKeyword(text)) return false;
  return !isOtherHeading(text) && !/^(?:abstra[kc]t?|intisari|ringkasan|summary)\b/i.test(text);
}

/** The line with its last keyword carried on into paragraph `next`. */
function withContinuation(line: KeywordLine, next: Paragraph): KeywordLine {
  const last = line.keywords.at(-1);
  if (!last || last.provenance.source !== 'extracted') return line;
  const joined: Field<string> = {
    value: `${last.value} ${next.text.trim()}`,
    provenance: { ...last.provenance, end: next.end },
  };
  return { ...line, keywords: [...line.keywords.slice(0, -1), joined] };
}

/** The keyword lines, the list of a label alone taken from the next paragraph, and lists right after abstracts. */
export function findKeywordLines(
  paragraphs: Paragraph[],
  unlabelledAt: Map<number, Lang> = new Map(),
  insideAbstracts: Set<number> = new Set(),
) {
  const lines: KeywordLine[] = [];
  paragraphs.forEach((p, i) => {
    // A label inside an abstract's body is a two-column page's side column, its list cut up by the other column.
    if (insideAbstracts.has(p.index)) return;
    const line = parseKeywordLine(p);
    if (line && line.keywords.length === 0) {
      const next = paragraphs[i + 1];
      if (next && isListShaped(next.text))
        lines.push({ ...line, keywords: listFields(next, 0, next.text), index: p.index });
      else lines.push(line);
      return;
    }
    if (line) {
      const next = paragraphs[i + 1];
      lines.push(next && continuesList(p.text, next.text) ? withContinuation(line, next) : line);
      return;
    }
    const lang = unlabelledAt.get(p.index);
    const previous = paragraphs[i - 1];
    const labelAbove = previous !== undefined && isKeywordLabel(previous.text);
    if (lang && !labelAbove && isListShaped(p.text))
      lines.push({ lang, index: p.index, keywords: listFields(p, 0, p.text), unlabelled: true });
  });
  return lines;
}

/**
 * The language of each keyword line: its label's, unless the list itself reads as the other language and so does
 * the abstract it stands beside (`abstractLangNear` gives that abstract's language for a paragraph index).
 */
export function relabelKeywordLines(
  lines: KeywordLine[],
  abstractLangNear: (index: number) => Lang | null,
): KeywordLine[] {
  return lines.map((line) => {
    if (line.unlabelled || line.keywords.length === 0) return line;
    const near = abstractLangNear(line.index);
    // Never onto a language that has a labelled line of its own: then the labels are telling the truth.
    if (!near || near === line.lang || lines.some((other) => other.lang === near)) return line;
    const listLang = detectLanguage(line.keywords.map((k) => k.value).join(', '));
    return listLang === near ? { ...line, lang: near } : line;
  });
}

/** First keyword line per language; a language without one gets an empty list. */
export function keywordsByLanguage(lines: KeywordLine[]): Record<Lang, Field<string>[]> {
  const result: Record<Lang, Field<string>[]> = { id: [], en: [] };
  for (const line of lines) if (result[line.lang].length === 0) result[line.lang] = line.keywords;
  return result;
}
