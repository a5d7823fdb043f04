// The searchable fields of a study, in a fixed order: the field number is stored in every position
// (position = field << FIELD_SHIFT | token index), so snippets can find the field without re-analysing the text.
import { detectLanguage } from './analyse';
import type { IndexableStudy, Lang } from './types';

export const FIELD_SHIFT = 20;
export const MAX_TOKEN = (1 << FIELD_SHIFT) - 1;
export const MAX_FIELD = 4095;
/**
 * Fields 0..HOT_FIELDS-1 (titles, abstracts, keywords, authors, venue) stay in memory after a load; body sections
 * are read on demand.
 */
export const HOT_FIELDS = 8;
/** Every MARK_EVERY-th token of a field has its byte offset stored (SearchIndex.tokenMarks). */
export const MARK_EVERY = 16;

/** Field kinds, in descending weight. */
export const KIND = { title: 0, keywords: 1, abstract: 2, body: 3 } as const;
export type FieldKind = (typeof KIND)[keyof typeof KIND];

/**
 * Fields a query can name (`title:`, `keyword:`, `author:`, `venue:`) also index every term a second time with
 * this tag after the language ("id:au:saragih"), so a field query reads one posting list (plan.ts).
 */
export type FieldTag = 'ti' | 'kw' | 'au' | 've';
export const tagTerm = (term: string, tag: FieldTag) => term.replace(':', `:${tag}:`);

export interface StudyField {
  label: string;
  lang: Lang;
  kind: FieldKind;
  text: string;
  tag?: FieldTag;
}

const LABELS = {
  title: { id: 'Judul', en: 'Title' },
  abstract: { id: 'Abstrak', en: 'Abstract' },
  keywords: { id: 'Kata Kunci', en: 'Keywords' },
  authors: { id: 'Penulis', en: 'Authors' },
  venue: { id: 'Terbitan', en: 'Published in' },
} as const;

/** Fields 0-7 are always present (possibly empty) so their numbers are stable; body sections follow. */
export function studyFields(s: IndexableStudy): StudyField[] {
  const out: StudyField[] = [];
  for (const lang of ['id', 'en'] as const)
    out.push({ label: LABELS.title[lang], lang, kind: KIND.title, text: s.title[lang] ?? '', tag: 'ti' });
  for (const lang of ['id', 'en'] as const)
    out.push({ label: LABELS.abstract[lang], lang, kind: KIND.abstract, text: s.abstract[lang] ?? '' });
  for (const lang of ['id', 'en'] as const) {
    const text = s.keywords[lang].join('; ');
    out.push({ label: LABELS.keywords[lang], lang, kind: KIND.keywords, text, tag: 'kw' });
  }
  const docLang: Lang = s.facets.language.length === 1 && s.facets.language[0] === 'en' ? 'en' : 'id';
  // Names are in no language: analysed as the document's, the same way a query word is analysed in both.
  // Weighted as keywords: a name matched is as telling as a keyword.
  const authors = (s.authors ?? []).join('; ');
  out.push({ label: LABELS.authors[docLang], lang: docLang, kind: KIND.keywords, text: authors, tag: 'au' });
  const venue = s.venue ?? '';
  out.push({ label: LABELS.venue[docLang], lang: docLang, kind: KIND.keywords, text: venue, tag: 've' });
  const single = s.facets.language.length === 1;
  for (const sec of s.sections) {
    const lang = sec.language ?? (single ? docLang : detectLanguage(sec.text, docLang));
    if (out.length > MAX_FIELD) {
      // Absurdly many sections: fold the rest into the last one rather than overflow the field bits.
      const last = out[out.length - 1]!;
      last.text += `\n\n${sec.text}`;
    } else out.push({ label: sec.heading, lang, kind: KIND.body, text: sec.text });
  }
  return out;
}
