import { describe, expect, it } from 'vitest';
import { countries, documentKinds, frameworks, glossary, methods, organisations } from '@/lib/vocabulary';
import {
  getCountry,
  getFramework,
  getMethod,
  getOrganisation,
  knownNames,
  organisationLabel,
} from '@/lib/vocabulary/lookup';

// The same folding the matcher applies: case, apostrophes, hyphens, UK/US spelling and a plural "s".
function fold(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[-‐‑–—]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/isation/g, 'ization')
    .replace(/ising/g, 'izing')
    .replace(/labour/g, 'labor')
    .replace(/centre\b/g, 'center')
    .replace(/(\w{3,})s$/, '$1')
    .trim();
}

function formsOf(entry: { name: { en: string; id: string }; acronym?: string; aliases: string[] }): string[] {
  return [entry.name.en, entry.name.id, ...(entry.acronym ? [entry.acronym] : []), ...entry.aliases].map(
    (f) => f.replace(/\s*\([^)]*\)\s*$/, ''),
  );
}

/** Map from folded alias to the keys that claim it; an alias claimed by two keys is ambiguous. */
function claims(entries: { key: string; forms: string[] }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { key, forms } of entries)
    for (const form of forms) map.set(fold(form), (map.get(fold(form)) ?? new Set()).add(key));
  return map;
}

function ambiguous(map: Map<string, Set<string>>): string[] {
  return [...map]
    .filter(([, keys]) => keys.size > 1)
    .map(([alias, keys]) => `${alias}: ${[...keys].join(', ')}`);
}

const entityClaims = claims([
  ...organisations.map((o) => ({ key: `org:${o.key}`, forms: formsOf(o) })),
  ...countries.map((c) => ({ key: `country:${c.key}`, forms: formsOf(c) })),
]);
const resolve = (alias: string) => [...(entityClaims.get(fold(alias)) ?? [])];

describe('vocabulary keys', () => {
  it.each([
    ['organisations', organisations],
    ['countries', countries],
    ['frameworks', frameworks],
    ['methods', methods],
    ['documentKinds', documentKinds],
  ] as const)('%s have unique kebab-case keys', (_name, entries) => {
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('country keys are ISO alpha-2 in lower case, and national agencies point at a known country', () => {
    for (const c of countries) expect(c.key).toMatch(/^[a-z]{2}$/);
    for (const o of organisations) if (o.country) expect(getCountry(o.country), o.key).toBeDefined();
  });

  it('has the document kinds the ingest emits', () => {
    expect(documentKinds.map((k) => k.key)).toEqual([
      'thesis-abstract',
      'thesis',
      'journal-article',
      'conference-paper',
      'report',
      'unknown',
    ]);
  });
});

describe('vocabulary sizes', () => {
  it('has at least 30 frameworks and 150 glossary pairs', () => {
    expect(frameworks.length).toBeGreaterThanOrEqual(30);
    expect(glossary.length).toBeGreaterThanOrEqual(150);
  });

  it('covers every ASEAN member', () => {
    for (const key of ['id', 'ph', 'my', 'sg', 'th', 'vn', 'kh', 'la', 'mm', 'bn'])
      expect(getCountry(key), key).toBeDefined();
  });
});

describe('aliases resolve to one entry only', () => {
  it('no organisation or country alias is shared by two entries', () => {
    expect(ambiguous(entityClaims)).toEqual([]);
  });

  it('no framework alias or acronym is shared by two frameworks', () => {
    const map = claims(
      frameworks.map((f) => ({ key: f.key, forms: [...f.aliases, ...(f.acronym ? [f.acronym] : [])] })),
    );
    expect(ambiguous(map)).toEqual([]);
  });

  it('no method alias is shared by two methods', () => {
    const map = claims(methods.map((m) => ({ key: m.key, forms: [m.name.en, m.name.id, ...m.aliases] })));
    expect(ambiguous(map)).toEqual([]);
  });

  it('no mechanism alias is shared by two mechanisms of a framework', () => {
    for (const f of frameworks) {
      const map = claims(f.mechanisms.map((m) => ({ key: m.key, forms: m.aliases })));
      expect(ambiguous(map), f.key).toEqual([]);
    }
  });

  it('no glossary term belongs to two pairs', () => {
    const map = claims(glossary.map((g, i) => ({ key: String(i), forms: [...g.en, ...g.id] })));
    expect(ambiguous(map)).toEqual([]);
  });

  it.each([
    ['Organisasi Internasional untuk Migrasi', 'org:iom'],
    ['International Justice Missions', 'org:ijm'],
    ['Perserikatan Bangsa-Bangsa', 'org:un'],
    ['PBB', 'org:un'],
    ['Departemen Luar Negeri AS', 'org:us-department-of-state'],
    ['Kemen PPPA', 'org:kemen-pppa'],
    ['AHTRAD', 'org:ph-nbi'],
    ['WCPC', 'org:ph-pnp'],
    ['Bareskrim', 'org:polri'],
    ['Filipina', 'country:ph'],
    ['Amerika Serikat', 'country:us'],
    ['AS', 'country:us'],
    ['Tiongkok', 'country:cn'],
    ['Cina', 'country:cn'],
    ['Arab Saudi', 'country:sa'],
    ['Singapura', 'country:sg'],
    ['Jepang', 'country:jp'],
  ])('"%s" is %s', (alias, key) => {
    expect(resolve(alias)).toEqual([key]);
  });

  it('treats Timur Tengah as a region, not a country', () => {
    expect(resolve('Timur Tengah')).toEqual([]);
  });
});

describe('framework entries', () => {
  it('every framework is described in both languages', () => {
    for (const f of frameworks) {
      for (const text of [
        f.name.en,
        f.name.id,
        f.summary.en,
        f.summary.id,
        f.unitOfAnalysis.en,
        f.unitOfAnalysis.id,
      ])
        expect(text.trim(), f.key).not.toBe('');
      expect(f.aliases.length, f.key).toBeGreaterThan(0);
      for (const m of f.mechanisms) {
        expect(m.name.en && m.name.id, `${f.key}/${m.key}`).toBeTruthy();
        expect(m.aliases.length, `${f.key}/${m.key}`).toBeGreaterThan(0);
      }
      if (f.broader) expect(getFramework(f.broader), f.key).toBeDefined();
    }
  });

  it.each([
    [
      'transnational-advocacy-networks',
      [
        'information-politics',
        'symbolic-politics',
        'leverage-politics',
        'accountability-politics',
        'issue-framing-agenda-setting',
        'influence-institutional-procedures',
        'influence-policy-change',
      ],
    ],
    ['cso-roles', ['educator', 'counterpart', 'agenda-setter']],
    ['archer-roles', ['instrument', 'arena', 'actor']],
    ['securitisation', ['securitising-actor', 'referent-object']],
    ['human-security', ['freedom-from-fear', 'freedom-from-want']],
    ['regime-theory', ['principles', 'norms', 'rules']],
    ['norm-life-cycle', ['norm-emergence', 'norm-cascade']],
    ['multi-track-diplomacy', ['track-1', 'track-9']],
  ])('%s names its mechanisms', (key, expected) => {
    const keys = getFramework(key)?.mechanisms.map((m) => m.key) ?? [];
    expect(keys).toEqual(expect.arrayContaining(expected));
  });

  it('has the lenses the seed corpus uses', () => {
    for (const key of [
      'international-organisation-theory',
      'role-of-international-organisations',
      'human-trafficking',
      'cybercrime',
    ]) {
      expect(getFramework(key), key).toBeDefined();
    }
  });
});

describe('lookup helpers', () => {
  it('labels an organisation with its acronym', () => {
    expect(organisationLabel('iom')).toBe('International Organization for Migration (IOM)');
    expect(organisationLabel('iom', 'id')).toBe('Organisasi Internasional untuk Migrasi (IOM)');
    expect(organisationLabel('un-women')).toBe('UN Women');
    expect(organisationLabel('no-such-body')).toBe('no-such-body');
  });

  it('gets entries by key', () => {
    expect(getOrganisation('ijm')?.kind).toBe('ingo');
    expect(getCountry('ph')?.name.id).toBe('Filipina');
    expect(getMethod('secondary-data')?.name.id).toBe('Data sekunder');
    expect(getFramework('nope')).toBeUndefined();
  });

  it('knows the names the OCR repair needs, without our bracketed qualifiers', () => {
    const names = knownNames().map((n) => n.canonical);
    for (const name of [
      'IJM',
      'IOM',
      'International Justice Mission',
      'Transnational Advocacy Networks',
      'TAN',
      'Filipina',
      'Philippines',
      'Department of Justice',
    ]) {
      expect(names).toContain(name);
    }
    expect(names.some((n) => n.endsWith(')'))).toBe(false);
    expect(new Set(names).size).toBe(names.length);
  });
});
