import type { ListStudy } from '../reading-lists/types';
import type { CslItem, CslName } from './csl-schema';

// Telaah's document kinds (lib/vocabulary/document-kinds.ts) as CSL item types. A thesis abstract stands for the
// thesis itself: that is what a student cites.
const CSL_TYPE_OF_KIND: Record<string, CslItem['type']> = {
  'journal-article': 'article-journal',
  thesis: 'thesis',
  'thesis-abstract': 'thesis',
  'conference-paper': 'paper-conference',
  report: 'report',
};

/**
 * "Nurul Aida Amalia" -> given "Nurul Aida", family "Amalia"; "A.A.A.K. Devi" -> "A.A.A.K." + "Devi";
 * "Saragih, Eriston" keeps its stated order; a single name (common in Indonesia: "Alfajri") is a family name
 * alone, which every style prints whole.
 */
export function toCslName(name: string): CslName {
  const clean = name.replace(/\s+/g, ' ').trim();
  const comma = clean.indexOf(',');
  if (comma > 0) {
    const given = clean.slice(comma + 1).trim();
    return given ? { family: clean.slice(0, comma).trim(), given } : { family: clean.slice(0, comma).trim() };
  }
  const parts = clean.split(' ');
  if (parts.length === 1) return { family: clean };
  return { family: parts.at(-1) as string, given: parts.slice(0, -1).join(' ') };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Maps a study to a CSL-JSON item; `studyUrl`, when given, links the item to its page in Telaah. */
export function studyToCsl(study: ListStudy, studyUrl?: string): CslItem {
  const type = CSL_TYPE_OF_KIND[study.kind] ?? 'document';
  const abstract = study.abstracts[study.titleLanguage] ?? study.abstracts.en ?? study.abstracts.id;
  const item: CslItem = { id: study.id, type, title: oneLine(study.title), language: study.titleLanguage };
  const authors = study.authors.map(toCslName).filter((n) => n.family);
  if (authors.length) item.author = authors;
  if (study.year !== null) item.issued = { 'date-parts': [[study.year]] };
  if (type === 'article-journal' && study.venue) item['container-title'] = oneLine(study.venue);
  if (type === 'article-journal' && study.volume) item.volume = study.volume;
  if (type === 'article-journal' && study.issue) item.issue = study.issue;
  // For a thesis the institution is its publisher; for an article the affiliation is only the authors'.
  if (type === 'thesis' && study.affiliation) item.publisher = oneLine(study.affiliation);
  if (abstract) item.abstract = oneLine(abstract);
  if (studyUrl) item.URL = studyUrl;
  return item;
}
