import type { FacetKey } from '../search/types';
import { documentKinds } from '../vocabulary';
import { getCountry, getFramework, getOrganisation } from '../vocabulary/lookup';

export const FACET_TITLES: Record<FacetKey, string> = {
  organisation: 'Organisation',
  country: 'Country',
  framework: 'Framework',
  kind: 'Document kind',
  language: 'Language',
  year: 'Year published',
  period: 'Period studied',
};

const LANGUAGE_NAMES: Record<string, string> = { id: 'Indonesian', en: 'English' };

/** A facet value's human label; keys not in the vocabulary show as they are. */
export function facetValueLabel(facet: FacetKey, value: string): string {
  switch (facet) {
    case 'organisation': {
      const org = getOrganisation(value);
      return org ? (org.acronym ?? org.name.en) : value;
    }
    case 'country':
      return getCountry(value)?.name.en ?? value;
    case 'framework':
      return getFramework(value)?.name.en ?? value;
    case 'kind':
      return documentKinds.find((k) => k.key === value)?.name.en ?? value;
    case 'language':
      return LANGUAGE_NAMES[value] ?? value;
    default:
      return value;
  }
}

export function kindLabel(kind: string): string {
  return facetValueLabel('kind', kind);
}
