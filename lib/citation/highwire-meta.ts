// Highwire Press `citation_*` meta tags, the ones Zotero's "Embedded Metadata" translator (and Google Scholar)
// read, so a browser connector saves a study in one click. Built from the same CSL item as the exports, so a page
// and its .bib never disagree.
import type { StudyDetail } from '../db/types';
import type { ListStudy } from '../reading-lists/types';
import { studyUrl } from './export-study';
import { studyToCsl } from './study-to-csl';

export type MetaTags = Record<string, string | string[]>;

export function highwireMeta(
  study: ListStudy & Pick<StudyDetail, 'original'>,
  baseUrl: string | null,
): MetaTags {
  const item = studyToCsl(study, studyUrl(baseUrl, study.id));
  const tags: MetaTags = {};
  const set = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value).trim()) tags[name] = String(value);
  };
  set('citation_title', item.title);
  // Names as "Family, Given": the form the translator splits without guessing.
  const authors = (item.author ?? []).map((n) => [n.family, n.given].filter(Boolean).join(', '));
  if (authors.length) tags.citation_author = authors;
  set('citation_publication_date', study.year);
  set('citation_date', study.year);
  if (item.type === 'article-journal') {
    set('citation_journal_title', item['container-title']);
    set('citation_volume', item.volume);
    set('citation_issue', item.issue);
  }
  // The institution is what tells a reader of these tags (Zotero, Google Scholar) that the item is a thesis.
  if (item.type === 'thesis') set('citation_dissertation_institution', item.publisher);
  set('citation_language', item.language);
  set('citation_abstract_html_url', item.URL);
  set('citation_doi', item.DOI);
  if (baseUrl !== null && study.original?.mediaType === 'application/pdf')
    set('citation_pdf_url', `${baseUrl}${study.original.href}`);
  return tags;
}
