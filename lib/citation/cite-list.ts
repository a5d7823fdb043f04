import type { SharedReadingList } from '../reading-lists/types';
import type { CitationLanguage } from './cite';
import { formatApa, type ApaEntry } from './format-apa';
import { listToCsl } from './list-to-csl';

/** APA entries (HTML) for a list's studies, by study id, in the list's language unless told otherwise. */
export function citeList(
  list: SharedReadingList,
  language: CitationLanguage = list.language,
): Map<string, ApaEntry> {
  return new Map(formatApa(listToCsl(list), { language, format: 'html' }).map((entry) => [entry.id, entry]));
}
