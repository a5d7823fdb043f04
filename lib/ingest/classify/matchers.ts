// One alias matcher per vocabulary, built on first use. Organisations and countries share a matcher so that a
// country inside an organisation's name ("Philippine National Police", "Departemen Luar Negeri AS") is not
// counted as a country of its own.
import { countries, frameworks, methods, organisations } from '../../vocabulary';
import { getCountryCues } from '../../vocabulary/country-cues';
import type { Framework } from '../../vocabulary/types';
import { AliasMatcher, type AliasSpec } from './match';

function namesOf(
  entry: { key: string; name: { en: string; id: string }; acronym?: string; aliases: string[] },
  kind: string,
): AliasSpec[] {
  const forms = [entry.name.en, entry.name.id, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases];
  // A qualifier in brackets ("Department of Justice (Philippines)") is ours, not the text's. "PBB" and
  // "Perserikatan Bangsa-Bangsa" are written interchangeably inside the Indonesian names of UN bodies.
  const spelt = forms.flatMap((form) => {
    const alias = form.replace(/\s*\([^)]*\)\s*$/, '');
    if (/\bPBB\b/.test(alias)) return [alias, alias.replace(/\bPBB\b/, 'Perserikatan Bangsa-Bangsa')];
    if (/Perserikatan Bangsa-Bangsa/.test(alias))
      return [alias, alias.replace('Perserikatan Bangsa-Bangsa', 'PBB')];
    return [alias];
  });
  return [...new Set(spelt)].map((alias) => ({ key: entry.key, kind, alias }));
}

let entityMatcher: AliasMatcher | undefined;
let frameworkMatcher: AliasMatcher | undefined;
let methodMatcher: AliasMatcher | undefined;
const mechanismMatchers = new Map<string, AliasMatcher>();

export function getEntityMatcher(): AliasMatcher {
  entityMatcher ??= new AliasMatcher([
    ...organisations.flatMap((o) => namesOf(o, 'organisation')),
    ...countries.flatMap((c) => namesOf(c, 'country')),
    // Demonyms and places stand for their country ("Rohingya refugees", "Palu"); an organisation's longer name
    // still wins ("Bali Process", "Greenpeace Indonesia").
    ...getCountryCues().flatMap((cue) =>
      [...cue.demonyms, ...cue.places].map((alias) => ({ key: cue.country, kind: 'country', alias })),
    ),
  ]);
  return entityMatcher;
}

let countryMatcher: AliasMatcher | undefined;

/** Country names alone, to read the country inside an organisation's name ("Greenpeace Indonesia"). */
export function getCountryMatcher(): AliasMatcher {
  countryMatcher ??= new AliasMatcher(countries.flatMap((c) => namesOf(c, 'country')));
  return countryMatcher;
}

export function getFrameworkMatcher(): AliasMatcher {
  // Framework names are descriptive labels ("Human trafficking (concept)"); only aliases and acronyms are matched.
  frameworkMatcher ??= new AliasMatcher(
    frameworks.flatMap((f) =>
      [...f.aliases, ...(f.acronym ? [f.acronym] : [])].map((alias) => ({
        key: f.key,
        kind: 'framework',
        alias,
      })),
    ),
  );
  return frameworkMatcher;
}

export function getMechanismMatcher(framework: Framework): AliasMatcher {
  let matcher = mechanismMatchers.get(framework.key);
  if (!matcher) {
    matcher = new AliasMatcher(
      framework.mechanisms.flatMap((m) =>
        m.aliases.map((alias) => ({ key: m.key, kind: 'mechanism', alias })),
      ),
    );
    mechanismMatchers.set(framework.key, matcher);
  }
  return matcher;
}

export function getMethodMatcher(): AliasMatcher {
  methodMatcher ??= new AliasMatcher(
    methods.flatMap((m) => m.aliases.map((alias) => ({ key: m.key, kind: 'method', alias }))),
  );
  return methodMatcher;
}
