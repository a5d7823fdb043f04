// The languages of a document: those of its abstracts, in the order they appear (the segmenter assigns each
// abstract by the language it is written in). The body's language does not add one: an English abstract over an
// Indonesian article is an English-abstract study, and the Indonesian prose of a KATA PENGANTAR or a repository
// page's English buttons say nothing about the abstracts. Only a document with no abstract at all but a real body
// (a method or theory section) is given the language of that body, so that it is still found under a language.
import type { Lang } from '../../vocabulary/types';
import { detectLanguage } from '../segment/language';
import type { DocumentZones, Range } from './context';

/** The body is read this far at most: its language is told in its first paragraphs. */
const BODY_SAMPLE = 4000;

export function classifyLanguages(text: string, zones: DocumentZones): Lang[] {
  const languages: Lang[] = [];
  for (const abstract of zones.abstracts)
    if (!languages.includes(abstract.lang)) languages.push(abstract.lang);
  if (languages.length > 0) return languages;
  if (zones.methodSections.length === 0 && zones.theorySections.length === 0) return [];
  let body = '';
  for (const r of zones.body as Range[]) {
    if (body.length >= BODY_SAMPLE) break;
    body += `${text.slice(r.start, Math.min(r.end, zones.referencesStart, r.start + BODY_SAMPLE))}\n`;
  }
  const lang = detectLanguage(body);
  return lang ? [lang] : [];
}
