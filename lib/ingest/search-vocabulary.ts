// What the search index takes from the vocabularies: the cross-language glossary (the field's terms plus the
// bilingual names of countries and organisations) and the names offered while typing.
import type { GlossaryEntry } from '../vocabulary/types';
import { countries, frameworks, glossary, organisations } from '../vocabulary';
import type { Suggestion } from '../search/types';

export function searchGlossary(): GlossaryEntry[] {
  const names: GlossaryEntry[] = [
    ...countries.map((c) => ({ en: [c.name.en], id: [c.name.id] })),
    ...organisations
      .filter((o) => o.name.en !== o.name.id)
      .map((o) => ({ en: [o.name.en], id: [o.name.id] })),
    ...frameworks.filter((f) => f.name.en !== f.name.id).map((f) => ({ en: [f.name.en], id: [f.name.id] })),
  ];
  return [...glossary, ...names.filter((e) => e.en[0]?.toLowerCase() !== e.id[0]?.toLowerCase())];
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
