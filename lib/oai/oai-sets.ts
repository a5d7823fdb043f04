// Sets: one per curated organisation, country and framework a study has, under a set per facet, so
// `organisation:iom` is a subset of `organisation` as the protocol's colon hierarchy says. The keys are the
// vocabularies' own keys, which are already public (facet values in the app's URLs).
import type { Named } from '../db/types';
import type { OaiStudy, SetFacet, SetSelection } from './types';

export const SET_FACETS: { facet: SetFacet; name: string }[] = [
  { facet: 'organisation', name: 'Organisations' },
  { facet: 'country', name: 'Countries' },
  { facet: 'framework', name: 'Frameworks' },
];

// The characters a setSpec part may hold (the protocol's unreserved URI characters); a key with others is left
// out of the sets rather than sent in a form that harvesters would reject.
const SPEC_PART = /^[A-Za-z0-9\-_.!~*'()]+$/;

export function setSpecOf(facet: SetFacet, key: string): string | null {
  return SPEC_PART.test(key) ? `${facet}:${key}` : null;
}

/** What a setSpec selects, or null when it names no facet (a harvester then gets noRecordsMatch). */
export function parseSetSpec(spec: string): SetSelection | null {
  const [facet, key, extra] = spec.split(':');
  const known = SET_FACETS.find((entry) => entry.facet === facet);
  if (!known || extra !== undefined) return null;
  if (key === undefined) return { facet: known.facet };
  return SPEC_PART.test(key) ? { facet: known.facet, key } : null;
}

/** The sets a study's header names: its own values, not the facet sets above them. */
export function studySetSpecs(study: OaiStudy): string[] {
  const specs = [
    ...study.organisations.map((o) => setSpecOf('organisation', o.key)),
    ...study.countries.map((c) => setSpecOf('country', c.key)),
    ...study.frameworks.map((f) => setSpecOf('framework', f.key)),
  ];
  return [...new Set(specs.filter((spec): spec is string => spec !== null))];
}

export interface OaiSet {
  setSpec: string;
  setName: string;
}

/** Every set, facet sets first, from the values studies have (lib/db/oai-studies.ts listOaiSetValues). */
export function buildSets(values: Record<SetFacet, Pick<Named, 'key' | 'name'>[]>): OaiSet[] {
  const sets: OaiSet[] = [];
  for (const { facet, name } of SET_FACETS) {
    if (values[facet].length === 0) continue;
    sets.push({ setSpec: facet, setName: name });
    for (const value of values[facet]) {
      const setSpec = setSpecOf(facet, value.key);
      if (setSpec) sets.push({ setSpec, setName: value.name });
    }
  }
  return sets;
}
