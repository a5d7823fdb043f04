// What the search index takes from the vocabularies: the cross-language glossary (the field's terms plus the
// bilingual names of countries, organisations and frameworks) and the names offered while typing.
import { glossaryFromVocabulary } from '../search';
import type { GlossaryEntry } from '../vocabulary/types';
import { countries, frameworks, glossary, organisations } from '../vocabulary';
import type { Suggestion } from '../search/types';

export function searchGlossary(): GlossaryEntry[] {
  return [...glossary, ...glossaryFromVocabulary({ organisations, countries, frameworks })];
}

/** Organisations and frameworks offered while typing, whether or not a study uses them yet. */
export function searchSuggestions(): Suggestion[] {
  return [
    ...organisations.map((o) => ({
      kind: 'organisation' as const,
      label: o.acronym ? `${o.name.en} (${o.acronym})` : o.name.en,
      value: o.acronym ?? o.name.en,
    })),
    ...frameworks.map((f) => ({ kind: 'framework' as const, label: f.name.en, value: f.name.en })),
  ];
}
