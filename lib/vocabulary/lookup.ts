// Small pure look-ups over the vocabularies, for pages, search and the ingest cleaner.
import { countries } from './countries';
import { frameworks } from './frameworks';
import { methods } from './methods';
import { organisations } from './organisations';
import type { Country, Framework, KnownName, Organisation, ResearchMethod } from './types';

function indexByKey<T extends { key: string }>(entries: T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.key, entry]));
}

const organisationsByKey = indexByKey(organisations);
const countriesByKey = indexByKey(countries);
const frameworksByKey = indexByKey(frameworks);
const methodsByKey = indexByKey(methods);

export function getOrganisation(key: string): Organisation | undefined {
  return organisationsByKey.get(key);
}

export function getCountry(key: string): Country | undefined {
  return countriesByKey.get(key);
}

export function getFramework(key: string): Framework | undefined {
  return frameworksByKey.get(key);
}

export function getMethod(key: string): ResearchMethod | undefined {
  return methodsByKey.get(key);
}

/** "International Organization for Migration (IOM)"; falls back to the key for an unknown organisation. */
export function organisationLabel(key: string, lang: 'en' | 'id' = 'en'): string {
  const organisation = getOrganisation(key);
  if (!organisation) return key;
  const name = organisation.name[lang];
  return organisation.acronym && !name.includes(organisation.acronym)
    ? `${name} (${organisation.acronym})`
    : name;
}

/**
 * The names the cleaner's OCR repair should know: acronyms and canonical names of organisations, framework names and
 * acronyms, country names. Aliases are left out on purpose: a misspelt alias is repaired towards its own form, and
 * the repair should only ever pull text towards a name that is certainly right.
 */
export function knownNames(): KnownName[] {
  const names = new Set<string>();
  for (const organisation of organisations) {
    names.add(organisation.name.en);
    names.add(organisation.name.id);
    if (organisation.acronym) names.add(organisation.acronym);
  }
  for (const framework of frameworks) {
    names.add(framework.name.en);
    names.add(framework.name.id);
    if (framework.acronym) names.add(framework.acronym);
  }
  for (const country of countries) {
    names.add(country.name.en);
    names.add(country.name.id);
  }
  // Bracketed qualifiers ("Department of Justice (Philippines)", "Cybercrime (concept)") are ours, not the text's.
  const surface = [...names].map((name) => name.replace(/\s*\([^)]*\)\s*$/, '').trim()).filter(Boolean);
  return [...new Set(surface)].map((canonical) => ({ canonical }));
}
