import type { StudySummary } from './types';

type Titled = Pick<StudySummary, 'title' | 'titleLanguage' | 'titles'>;

/**
 * The title to show in an interface language: the study's title in that language when it states one (most
 * Indonesian studies also give an English title), else its main title. `language` is the title's own, for `lang`.
 */
export function titleIn(study: Titled, locale: 'id' | 'en'): { text: string; language: 'id' | 'en' } {
  const wanted = study.titles?.[locale];
  return wanted ? { text: wanted, language: locale } : { text: study.title, language: study.titleLanguage };
}

/** The other title, shown under the main one on a study page; null when the study states only one. */
export function otherTitleIn(
  study: Titled,
  locale: 'id' | 'en',
): { text: string; language: 'id' | 'en' } | null {
  const shown = titleIn(study, locale);
  const other = shown.language === 'id' ? 'en' : 'id';
  const text = study.titles?.[other];
  return text && text !== shown.text ? { text, language: other } : null;
}
