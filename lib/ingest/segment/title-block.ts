// The title block: the stated titles (one per language) among the front-matter paragraphs, in capitals or not.
import type { Lang } from '../../vocabulary/types';
import type { Field } from '../types';
import { isCaptionStart, isKeywordLine, isSectionKeyword } from '../clean/heading-shape';
import { isVenueLine } from '../clean/running-headers';
import { parseAbstractHeading } from './abstracts';
import { MAX_TITLE_LENGTH } from './bounds';
import { BOILERPLATE, extracted, isAffiliation, isAuthorLine, parseCoverYear } from './front-matter';
import { detectLanguage } from './language';
import type { Paragraph } from './paragraphs';
import { toReadableCase } from './readable-case';

export function isTitleCandidate(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 4 || words.length > 40 || text.length > MAX_TITLE_LENGTH) return false;
  if (BOILERPLATE.test(text) || text.includes('@') || isVenueLine(text) || parseCoverYear(text) !== null)
    return false;
  if (isSectionKeyword(text) || isKeywordLine(text) || isCaptionStart(text) || parseAbstractHeading(text))
    return false;
  if (isAuthorLine(text) || isAffiliation(text)) return false;
  // A title is one statement: no sentence break inside it.
  return !/[.!?]\s+\p{Lu}/u.test(text);
}

/**
 * Titles among `candidates` (front matter, in order), one per language. `fallbackLang` gives the language of the
 * abstract that follows a paragraph, used when the title's own words do not tell.
 */
export function findTitles(
  candidates: Paragraph[],
  acronyms: Set<string>,
  fallbackLang: (p: Paragraph) => Lang | null,
): Partial<Record<Lang, Field<string>>> {
  const titles: Partial<Record<Lang, Field<string>>> = {};
  for (const p of candidates) {
    if (!isTitleCandidate(p.text)) continue;
    const lang = detectLanguage(p.text) ?? fallbackLang(p);
    if (!lang || titles[lang]) continue;
    titles[lang] = { value: toReadableCase(p.text, acronyms), provenance: extracted(p.start, p.end) };
  }
  return titles;
}
