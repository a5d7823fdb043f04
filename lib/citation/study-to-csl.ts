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

// The degree a thesis was written for, from the words its front matter or abstract uses. CSL's `genre` carries it
// (APA prints "[Master's thesis, Universitas X]"); the BibTeX writer picks @phdthesis or @mastersthesis from it.
// Unknown stays the plain "Thesis" rather than a guess.
export const THESIS_GENRES = {
  doctoral: 'Doctoral dissertation',
  master: "Master's thesis",
  undergraduate: 'Undergraduate thesis',
  unknown: 'Thesis',
} as const;
const LEVEL_CUES: [keyof typeof THESIS_GENRES, RegExp][] = [
  ['doctoral', /(?<!\p{L})(?:disertasi|dissertation|doctoral|doktor(?:al)?|ph\.?\s?d)(?!\p{L})/iu],
  ['master', /(?<!\p{L})(?:tesis|magister|pascasarjana|master'?s|postgraduate)(?!\p{L})/iu],
  ['undergraduate', /(?<!\p{L})(?:skripsi|sarjana|undergraduate|bachelor'?s)(?!\p{L})/iu],
];

export function thesisGenre(study: Pick<ListStudy, 'title' | 'affiliation' | 'abstracts'>): string {
  const text = [study.title, study.affiliation, study.abstracts.id, study.abstracts.en]
    .filter(Boolean)
    .join(' ');
  return THESIS_GENRES[LEVEL_CUES.find(([, cue]) => cue.test(text))?.[0] ?? 'unknown'];
}

/**
 * A title Telaah derived (the document states none) is still exported, in square brackets, with a note saying so.
 * Leaving it out would give Zotero an "[untitled]" item that cannot be found by title in a library of hundreds;
 * square brackets are how catalogues and APA 7 mark a title supplied by someone other than the author, so a
 * reference list shows the reader it is a description, and the note keeps the reason with the item.
 */
export const DERIVED_TITLE_NOTE = 'Title supplied by Telaah: the document states none.';
const citedTitle = (study: ListStudy) =>
  study.titleDerived ? `[${oneLine(study.title).replace(/^\[|\]$/g, '')}]` : oneLine(study.title);

/** Maps a study to a CSL-JSON item; `studyUrl`, when given, links the item to its page in Telaah. */
export function studyToCsl(study: ListStudy, studyUrl?: string): CslItem {
  const type = CSL_TYPE_OF_KIND[study.kind] ?? 'document';
  const abstract = study.abstracts[study.titleLanguage] ?? study.abstracts.en ?? study.abstracts.id;
  const item: CslItem = { id: study.id, type, title: citedTitle(study), language: study.titleLanguage };
  const authors = study.authors.map(toCslName).filter((n) => n.family);
  if (authors.length) item.author = authors;
  if (study.year !== null) item.issued = { 'date-parts': [[study.year]] };
  if (type === 'article-journal' && study.venue) item['container-title'] = oneLine(study.venue);
  if (type === 'article-journal' && study.volume) item.volume = study.volume;
  if (type === 'article-journal' && study.issue) item.issue = study.issue;
  // For a thesis the institution is its publisher; for an article the affiliation is only the authors'.
  if (type === 'thesis' && study.affiliation) item.publisher = oneLine(study.affiliation);
  if (type === 'thesis') item.genre = thesisGenre(study);
  if (study.titleDerived) item.note = DERIVED_TITLE_NOTE;
  if (abstract) item.abstract = oneLine(abstract);
  if (studyUrl) item.URL = studyUrl;
  if (study.doi) item.DOI = study.doi;
  return item;
}
