// The zones of a document that the classifiers read (title, keywords, abstracts, method sections, body) and the
// spans they must ignore (reference list, in-text citations), computed once per document from the segmented
// structure. Only the shared types are relied on, never the segmenter's internals.
import type { Lang } from '../../vocabulary/types';
import type { Field, SegmentedDocument } from '../types';
import { splitSentences, type Span } from './sentences';

export interface ClassifyInput {
  text: string;
  segmented: SegmentedDocument;
}

import type { Range } from './ranges';

export type { Range } from './ranges';
export { within } from './ranges';

export interface LangRange extends Range {
  lang: Lang;
}

export interface DocumentZones {
  titles: LangRange[];
  keywords: LangRange[];
  abstracts: LangRange[]; // in text order
  methodSections: Range[];
  theorySections: Range[];
  body: Range[]; // body sections, or the text outside the abstracts when there are none; never the reference list
  referencesStart: number; // text.length when there is no reference list
  citations: Range[];
}

const REFERENCE_HEADING =
  /^(daftar\s+pustaka|daftar\s+referensi|referensi|references?|bibliograph(y|ie)|kepustakaan|works\s+cited)\s*:?$/i;
const METHOD_HEADING = /metod|method/i;
const THEORY_HEADING =
  /kerangka|landasan|teori|theor|konsep|concept|framework|tinjauan\s+pustaka|kajian\s+pustaka|literature\s+review/i;
// A parenthesis holding a year is a citation: "(UNODC, 2019)", "(IJM,2020)", "(Enos & Roberts, 2016)".
const CITATION = /\([^()]{0,160}?(?:\b(?:19|20)\d{2}[a-z]?|n\.\s?d\.)\s*\)/g;

/** Where a field's value sits in `text`, if it can be found there. */
export function fieldRange(text: string, field: Field<string> | null | undefined): Range | null {
  if (!field) return null;
  const p = field.provenance;
  if (p.source === 'extracted') return { start: p.start, end: p.end };
  if ((p.source === 'derived' || p.source === 'harvested') && p.start !== undefined && p.end !== undefined)
    return { start: p.start, end: p.end };
  const at = field.value ? text.indexOf(field.value) : -1;
  return at >= 0 ? { start: at, end: at + field.value.length } : null;
}

function langRanges(
  text: string,
  fields: Partial<Record<Lang, Field<string> | Field<string>[]>>,
): LangRange[] {
  const out: LangRange[] = [];
  for (const lang of ['id', 'en'] as const) {
    const value = fields[lang];
    const list = Array.isArray(value) ? value : value ? [value] : [];
    for (const field of list) {
      const range = fieldRange(text, field);
      if (range) out.push({ ...range, lang });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function findReferencesStart(text: string, segmented: SegmentedDocument): number {
  const section = segmented.sections.find((s) => REFERENCE_HEADING.test(s.heading.trim()));
  if (section) return section.start;
  // Fall back to a heading paragraph of its own, in the last two thirds of the text.
  const heading = /(?:^|\n\s*\n)\s*(daftar\s+pustaka|references|bibliography|referensi)\s*:?\s*(?=\n|$)/gi;
  let last = text.length;
  for (const m of text.matchAll(heading)) if ((m.index ?? 0) > text.length / 3) last = m.index ?? last;
  return last;
}

export function computeZones(input: ClassifyInput): DocumentZones {
  const { text, segmented } = input;
  const referencesStart = findReferencesStart(text, segmented);
  const abstracts = langRanges(text, segmented.abstracts);
  const bodySections = segmented.sections.filter(
    (s) => s.start < referencesStart && !REFERENCE_HEADING.test(s.heading.trim()),
  );
  let body: Range[] = bodySections.map((s) => ({ start: s.start, end: Math.min(s.end, referencesStart) }));
  if (body.length === 0) {
    // No sections: the body is whatever is not an abstract (nothing, for a bare thesis abstract).
    const taken = [...abstracts].sort((a, b) => a.start - b.start);
    let cursor = 0;
    for (const range of taken) {
      if (range.start - cursor > 200) body.push({ start: cursor, end: range.start });
      cursor = Math.max(cursor, range.end);
    }
    if (referencesStart - cursor > 200) body.push({ start: cursor, end: referencesStart });
    if (abstracts.length > 0)
      body = body.filter((r) => r.start >= (abstracts[abstracts.length - 1]?.end ?? 0));
  }
  const citations: Range[] = segmented.citations.map((c) => ({ start: c.start, end: c.end }));
  for (const m of text.matchAll(CITATION))
    citations.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return {
    titles: langRanges(text, segmented.title),
    keywords: langRanges(text, segmented.keywords),
    abstracts,
    methodSections: bodySections
      .filter((s) => METHOD_HEADING.test(s.heading))
      .map((s) => ({ start: s.start, end: s.end })),
    theorySections: bodySections
      .filter((s) => THEORY_HEADING.test(s.heading))
      .map((s) => ({ start: s.start, end: s.end })),
    body,
    referencesStart,
    citations,
  };
}

export function sentencesIn(text: string, ranges: Range[]): Span[] {
  return ranges.flatMap((r) => splitSentences(text, r.start, r.end));
}
