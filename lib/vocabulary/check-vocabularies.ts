import { VocabularyDataError } from './load-data';
import type { Country, DocumentKind, Framework, GlossaryEntry, Organisation, ResearchMethod } from './types';

// The checks one entry's schema cannot make: they look across entries and files. Each failure names the file and
// entry at fault, and the other entry when two clash.

/** An entry with where it was read from (index counts from 0 within its file). */
export interface Located<T> {
  value: T;
  file: string;
  index: number;
}

interface LocatedVocabularies {
  organisations: Located<Organisation>[];
  countries: Located<Country>[];
  frameworks: Located<Framework>[];
  methods: Located<ResearchMethod>[];
  documentKinds: Located<DocumentKind>[];
  glossary: Located<GlossaryEntry>[];
}

function where(entry: Located<unknown>): string {
  const key = (entry.value as { key?: unknown }).key;
  return `entry ${entry.index + 1}${typeof key === 'string' ? ` (key "${key}")` : ''}`;
}

function fail(entry: Located<unknown>, message: string): never {
  throw new VocabularyDataError(entry.file, `${where(entry)}, ${message}`);
}

/**
 * The same folding the alias matcher applies (case, apostrophes, hyphens, UK/US spelling), so two forms that the
 * matcher cannot tell apart count as the same alias.
 */
export function foldAlias(alias: string): string {
  return alias
    .replace(/\s*\([^)]*\)\s*$/, '') // a bracketed qualifier ("(Philippines)") is ours, never matched
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[-‐‑–—]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/isation/g, 'ization')
    .replace(/ising/g, 'izing')
    .replace(/labour/g, 'labor')
    .replace(/behaviour/g, 'behavior')
    .replace(/centre\b/g, 'center')
    .trim();
}

function uniqueKeys(entries: Located<{ key: string }>[]): void {
  const seen = new Map<string, Located<unknown>>();
  for (const entry of entries) {
    const first = seen.get(entry.value.key);
    if (first) fail(entry, `the key is already used by ${where(first)} of ${first.file}`);
    seen.set(entry.value.key, entry);
  }
}

/** No surface form may lead to two entries: the matcher could not say which one the text means. */
function uniqueForms<T>(entries: Located<T>[], formsOf: (value: T) => string[], what: string): void {
  const claimedBy = new Map<string, Located<T>>();
  for (const entry of entries)
    for (const form of formsOf(entry.value)) {
      const folded = foldAlias(form);
      const first = claimedBy.get(folded);
      if (first && first !== entry)
        fail(entry, `${what} "${form}" is also a ${what} of ${where(first)} of ${first.file}`);
      claimedBy.set(folded, entry);
    }
}

const namesOf = (e: { name: { en: string; id: string }; acronym?: string; aliases: string[] }) => [
  e.name.en,
  e.name.id,
  ...(e.acronym ? [e.acronym] : []),
  ...e.aliases,
];

export function checkVocabularies(v: LocatedVocabularies): void {
  for (const entries of [v.organisations, v.countries, v.frameworks, v.methods, v.documentKinds])
    uniqueKeys(entries);

  const countryKeys = new Set(v.countries.map((c) => c.value.key));
  for (const entry of v.organisations) {
    const country = entry.value.country;
    if (country && !countryKeys.has(country))
      fail(entry, `field country: "${country}" is not a key of ${v.countries[0]?.file ?? 'countries.yaml'}`);
  }

  const frameworkKeys = new Set(v.frameworks.map((f) => f.value.key));
  for (const entry of v.frameworks) {
    const { broader, key, mechanisms } = entry.value;
    if (broader === key) fail(entry, 'field broader: a framework cannot be broader than itself');
    if (broader && !frameworkKeys.has(broader))
      fail(entry, `field broader: "${broader}" is not the key of any framework`);
    const mechanismKeys = new Set<string>();
    for (const mechanism of mechanisms) {
      if (mechanismKeys.has(mechanism.key))
        fail(entry, `field mechanisms: the mechanism key "${mechanism.key}" appears twice`);
      mechanismKeys.add(mechanism.key);
    }
    const located = mechanisms.map((value, index) => ({ value, file: entry.file, index }));
    try {
      uniqueForms(located, (m) => m.aliases, 'mechanism alias');
    } catch (error) {
      fail(entry, `field mechanisms: ${(error as Error).message.replace(`${entry.file}: `, '')}`);
    }
  }

  // Organisations and countries share one matcher (a country inside an organisation's name is not a country of
  // its own), so their names and aliases must be distinct together. Framework names are labels, not matched.
  uniqueForms<Organisation | Country>([...v.organisations, ...v.countries], namesOf, 'name or alias');
  uniqueForms(v.frameworks, (f) => [...f.aliases, ...(f.acronym ? [f.acronym] : [])], 'alias');
  uniqueForms(v.methods, (m) => [m.name.en, m.name.id, ...m.aliases], 'name or alias');
  uniqueForms(v.glossary, (g) => [...g.en, ...g.id], 'term');
}
