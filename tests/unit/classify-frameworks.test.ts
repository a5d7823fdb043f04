import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { syntheticInput } from './classify-helpers';

const frameworksOf = (parts: Parameters<typeof syntheticInput>[0]) =>
  classifyDocument(syntheticInput(parts)).frameworks;
const methodsOf = (parts: Parameters<typeof syntheticInput>[0]) =>
  classifyDocument(syntheticInput(parts)).methods.map((m) => m.key);

describe('frameworks', () => {
  it('finds a framework stated in English with its mechanisms', () => {
    const [use] = frameworksOf({
      abstracts: {
        en: 'Trafficking persists. This study uses the concept of Transnational Advocacy Networks to explain how NGOs work through information politics and leverage politics.',
      },
    });
    expect(use?.key).toBe('transnational-advocacy-networks');
    expect(use?.mechanisms).toEqual(['information-politics', 'leverage-politics']);
    expect(use?.quote).toMatch(/^This study uses the concept/);
  });

  it('finds a framework stated in a theory section of the body', () => {
    const uses = frameworksOf({
      abstracts: { id: 'Penelitian ini membahas kebijakan Indonesia.' },
      sections: [
        [
          'KERANGKA TEORI',
          'Tulisan ini memakai teori sekuritisasi dari Buzan, dengan aktor sekuritisasi dan objek rujukan sebagai pusat analisis.',
        ],
      ],
    });
    expect(uses.map((u) => [u.key, u.mechanisms])).toEqual([
      ['securitisation', ['securitising-actor', 'referent-object']],
    ]);
  });

  it('finds a body sentence where the study states its framework', () => {
    const uses = frameworksOf({
      abstracts: { id: 'Artikel ini membahas diplomasi Indonesia.' },
      sections: [
        [
          'PENDAHULUAN',
          'Sejarahnya panjang. Penelitian ini menggunakan konsep kepentingan nasional untuk menjelaskan pilihan tersebut.',
        ],
      ],
    });
    expect(uses.map((u) => u.key)).toEqual(['national-interest']);
  });

  it('does not count a framework named in passing, without a word that marks a lens', () => {
    expect(
      frameworksOf({ abstracts: { en: 'Non-state actors can be a crucial element in global governance.' } }),
    ).toEqual([]);
  });

  it('does not read frameworks from body sentences that do not speak of the study', () => {
    expect(
      frameworksOf({
        abstracts: { id: 'Penelitian ini membahas IOM.' },
        sections: [['PENDAHULUAN', 'Literatur lain memakai teori realisme.']],
      }),
    ).toEqual([]);
  });

  it("keeps Archer's roles and drops the generic concept they refine", () => {
    const uses = frameworksOf({
      abstracts: {
        id: 'Penelitian ini memakai konsep peran organisasi internasional menurut Clive Archer, yaitu instrumen, arena, dan aktor.',
      },
    });
    expect(uses.map((u) => [u.key, u.mechanisms])).toEqual([
      ['archer-roles', ['instrument', 'arena', 'actor']],
    ]);
  });

  it('gives the quoted sentence as provenance', () => {
    const input = syntheticInput({
      abstracts: { en: 'Intro. The theory of regime theory frames this study.' },
    });
    const [use] = classifyDocument(input).frameworks;
    const p = use?.provenance;
    expect(p?.source === 'extracted' ? input.text.slice(p.start, p.end) : null).toBe(use?.quote);
  });
});

describe('methods', () => {
  it.each([
    ['Penelitian ini menggunakan metode kualitatif-deskriptif.', ['qualitative', 'descriptive']],
    [
      'Metode yang digunakan adalah kualitatif dengan pendekatan deskriptif-analitis dan data sekunder.',
      ['qualitative', 'descriptive-analytical', 'secondary-data'],
    ],
    ['Data dikumpulkan melalui studi pustaka dan wawancara.', ['literature-review', 'interviews']],
    [
      'This research uses a quantitative design and content analysis of news.',
      ['quantitative', 'content-analysis'],
    ],
    ['The study is a narrative literature review.', ['narrative-literature-review']],
  ])('reads "%s"', (abstract, expected) => {
    expect(methodsOf({ abstracts: { id: abstract } })).toEqual(expected);
  });

  it('reads the method section of a paper', () => {
    expect(
      methodsOf({
        abstracts: { en: 'An article on IOM.' },
        sections: [
          ['METODE PENELITIAN', 'Penelitian ini menggunakan pendekatan kualitatif dan studi kasus.'],
        ],
      }),
    ).toEqual(['qualitative', 'case-study']);
  });

  it('does not take a "Tinjauan Pustaka" section heading or its content for a method', () => {
    expect(
      methodsOf({
        abstracts: { en: 'An article.' },
        sections: [['TINJAUAN PUSTAKA', 'Studi kasus lain membahas hal serupa.']],
      }),
    ).toEqual([]);
  });
});
