import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages-en';
import { id } from '@/lib/i18n/messages-id';
import { facetValueLabel, formatPeriod, mechanismLabel } from '@/lib/i18n/facet-labels';

type Tree = { [key: string]: unknown };

/** Every leaf of the dictionary as "path: value", functions called with sample arguments. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function')
      return [
        [
          path,
          String(
            (value as (...args: unknown[]) => unknown)(...(value.length === 3 ? [2, 'X', 'Y'] : ['2', '3'])),
          ),
        ],
      ];
    return leaves(value as Tree, path);
  });
}

describe('the interface dictionary', () => {
  it('has the same keys in Indonesian and English, none empty', () => {
    const english = leaves(en);
    const indonesian = leaves(id as unknown as Tree);
    expect(indonesian.map(([path]) => path)).toEqual(english.map(([path]) => path));
    for (const [path, text] of [...english, ...indonesian]) expect(text.trim(), path).not.toBe('');
  });

  it('says the interface strings differently in the two languages', () => {
    expect(id.nav.browse).toBe('Jelajahi');
    expect(en.nav.browse).toBe('Browse');
    expect(id.common.studies(2)).toBe('2 penelitian');
    expect(en.common.studies(1)).toBe('1 study');
    expect(en.common.studies(2)).toBe('2 studies');
  });
});

describe('facet labels in the interface language', () => {
  it('names countries, kinds, languages and frameworks from the vocabulary', () => {
    expect(facetValueLabel('country', 'ph', 'id')).toBe('Filipina');
    expect(facetValueLabel('country', 'ph', 'en')).toBe('Philippines');
    expect(facetValueLabel('kind', 'journal-article', 'id')).toBe('Artikel jurnal');
    expect(facetValueLabel('language', 'en', 'id')).toBe('Bahasa Inggris');
    expect(facetValueLabel('framework', 'transnational-advocacy-networks', 'id')).toBe(
      'Jaringan Advokasi Transnasional',
    );
    expect(facetValueLabel('organisation', 'iom', 'en')).toBe('IOM');
  });

  it('falls back to the stored name, then the key, for values outside the vocabulary', () => {
    expect(facetValueLabel('country', 'zz', 'en', 'Zedland')).toBe('Zedland');
    expect(facetValueLabel('framework', 'no-such-framework', 'id')).toBe('no-such-framework');
  });

  it('names mechanisms and periods', () => {
    expect(mechanismLabel('archer-roles', 'arena', 'en')).toBe('Arena');
    expect(mechanismLabel('cso-roles', 'educator', 'id')).toBe('Pendidik');
    expect(formatPeriod({ from: 2010, to: 2019 })).toBe('2010–2019');
    expect(formatPeriod({ from: 2024, to: 2024 })).toBe('2024');
  });
});
