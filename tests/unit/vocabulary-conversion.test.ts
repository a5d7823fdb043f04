import { describe, expect, it } from 'vitest';
import before from '@/tests/fixtures/vocabulary-before-yaml.json';
import { countries, documentKinds, frameworks, glossary, methods, organisations } from '@/lib/vocabulary';

// The vocabularies moved from TypeScript to YAML (lib/vocabulary/data/). The fixture is a snapshot of every key
// and every surface form taken from the TypeScript data before the move: curators may add entries and aliases,
// but none of these may go missing by accident.

const namesOf = (e: { name: { en: string; id: string }; acronym?: string; aliases: string[] }) => [
  e.name.en,
  e.name.id,
  ...(e.acronym ? [e.acronym] : []),
  ...e.aliases,
];

function expectSuperset(now: Record<string, string[]>, then: Record<string, string[]>, what: string) {
  for (const [key, forms] of Object.entries(then)) {
    expect(now[key], `${what} ${key}`).toBeDefined();
    expect(now[key], `${what} ${key}`).toEqual(expect.arrayContaining(forms));
  }
}

const byKey = <T extends { key: string }>(entries: T[], forms: (e: T) => string[]) =>
  Object.fromEntries(entries.map((e) => [e.key, forms(e)]));

describe('the vocabularies read from YAML keep everything the TypeScript data had', () => {
  it('keeps every organisation with its names, acronym and aliases', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(Object.keys(before.organisations).length);
    expectSuperset(byKey(organisations, namesOf), before.organisations, 'organisation');
  });

  it('keeps every country with its names and aliases', () => {
    expect(countries.length).toBeGreaterThanOrEqual(Object.keys(before.countries).length);
    expectSuperset(byKey(countries, namesOf), before.countries, 'country');
  });

  it('keeps every framework with its aliases, broader key and mechanisms', () => {
    expect(frameworks.length).toBeGreaterThanOrEqual(Object.keys(before.frameworks).length);
    const now = Object.fromEntries(frameworks.map((f) => [f.key, f]));
    for (const [key, then] of Object.entries(before.frameworks)) {
      const framework = now[key];
      expect(framework, key).toBeDefined();
      expect([...(framework?.acronym ? [framework.acronym] : []), ...(framework?.aliases ?? [])]).toEqual(
        expect.arrayContaining(then.aliases),
      );
      expect(framework?.broader ?? null, key).toBe(then.broader);
      expectSuperset(
        byKey(framework?.mechanisms ?? [], (m) => m.aliases),
        then.mechanisms,
        `${key} mechanism`,
      );
    }
  });

  it('keeps every method, document kind and glossary pair', () => {
    expectSuperset(
      byKey(methods, (m) => m.aliases),
      before.methods,
      'method',
    );
    expect(documentKinds.map((k) => k.key)).toEqual(before.documentKinds);
    // A curator may add a synonym to a pair, so each term is looked for, not each pair as it was.
    const terms = new Set(glossary.flatMap((g) => [...g.en, ...g.id]));
    expect(glossary.length).toBeGreaterThanOrEqual(before.glossary.length);
    for (const term of before.glossary.flat()) expect(terms.has(term), term).toBe(true);
  });
});
