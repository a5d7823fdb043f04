// Facet values in the interface language: vocabulary keys become their Indonesian or English names.
import type { FacetKey } from '../search/types';
import { documentKinds } from '../vocabulary';
import { getCountry, getFramework, getOrganisation } from '../vocabulary/lookup';
import type { Locale } from './locale';
import { messagesFor } from './messages';

/** A facet value's label; keys missing from the vocabulary show as they are (or as the stored name, if given). */
export function facetValueLabel(facet: FacetKey, value: string, locale: Locale, storedName?: string): string {
  switch (facet) {
    case 'organisation': {
      const org = getOrganisation(value);
      return org ? (org.acronym ?? org.name[locale]) : (storedName ?? value);
    }
    case 'country':
      return getCountry(value)?.name[locale] ?? storedName ?? value;
    case 'framework':
      return getFramework(value)?.name[locale] ?? storedName ?? value;
    case 'kind':
      return documentKinds.find((k) => k.key === value)?.name[locale] ?? value;
    case 'language': {
      const names = messagesFor(locale).languageNames;
      return value === 'id' || value === 'en' ? names[value] : value;
    }
    default:
      return value;
  }
}

/** An organisation's full name in the interface language, with its acronym: for titles and tooltips. */
export function organisationFullName(key: string, locale: Locale, storedName?: string): string {
  const org = getOrganisation(key);
  if (!org) return storedName ?? key;
  return org.acronym ? `${org.name[locale]} (${org.acronym})` : org.name[locale];
}

/** A framework mechanism's name in the interface language; an unknown key shows as it is. */
export function mechanismLabel(frameworkKey: string, mechanismKey: string, locale: Locale): string {
  return (
    getFramework(frameworkKey)?.mechanisms.find((m) => m.key === mechanismKey)?.name[locale] ?? mechanismKey
  );
}

/** "2010–2019", or one year when a period starts and ends in it. */
export function formatPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}
