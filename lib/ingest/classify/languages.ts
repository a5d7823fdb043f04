// Which of Indonesian and English a document contains: the abstracts' languages in the order they appear, then the
// language of the body when it adds one. Body language is told apart by counting each language's commonest words.
import type { Lang } from '../../vocabulary/types';
import type { DocumentZones, Range } from './context';

const COMMON: Record<Lang, Set<string>> = {
  id: new Set([
    'yang',
    'dan',
    'di',
    'ini',
    'dengan',
    'untuk',
    'dalam',
    'dari',
    'pada',
    'tidak',
    'adalah',
    'oleh',
    'juga',
    'sebagai',
    'tersebut',
    'dapat',
    'atau',
    'akan',
    'karena',
    'telah',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'with',
    'this',
    'as',
    'by',
    'are',
    'was',
    'be',
    'on',
    'from',
    'which',
    'has',
    'its',
  ]),
};

/** The language of a stretch of text, or null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): Lang | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (COMMON.id.has(word)) id++;
    if (COMMON.en.has(word)) en++;
  }
  if (id + en < 5) return null;
  if (id >= 2 * en) return 'id';
  if (en >= 2 * id) return 'en';
  return null;
}

export function classifyLanguages(text: string, zones: DocumentZones): Lang[] {
  const languages: Lang[] = [];
  const add = (lang: Lang | null) => {
    if (lang && !languages.includes(lang)) languages.push(lang);
  };
  for (const abstract of zones.abstracts) add(abstract.lang);
  const bodyText = zones.body
    .map((r: Range) => text.slice(r.start, Math.min(r.end, zones.referencesStart)))
    .join('\n');
  add(detectLanguage(bodyText));
  if (languages.length === 0) add(detectLanguage(text));
  return languages;
}
