import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { AliasMatcher } from '@/lib/ingest/classify/match';
import { getEntityMatcher } from '@/lib/ingest/classify/matchers';
import { syntheticInput } from './classify-helpers';

const keys = (mentions: { key: string }[]) => mentions.map((m) => m.key);
const entityKeys = (text: string) =>
  getEntityMatcher()
    .find(text)
    .map((h) => `${h.kind}:${h.key}`);

describe('alias matching', () => {
  it('finds names in either language and spelling', () => {
    expect(
      entityKeys('Organisasi Internasional untuk Migrasi (IOM) dan International Organisation for Migration'),
    ).toEqual(['organisation:iom', 'organisation:iom', 'organisation:iom']);
    expect(entityKeys("The International Justice Mission's work")).toEqual(['organisation:ijm']);
    expect(entityKeys('United Nation Children’s Fund (UNICEF)')).toEqual([
      'organisation:unicef',
      'organisation:unicef',
    ]);
  });

  it('lets the longer name win where names overlap', () => {
    expect(entityKeys('oleh Departemen Luar Negeri AS')).toEqual(['organisation:us-department-of-state']);
    expect(entityKeys('Philippine National Police-Woman and Children Protection Center (PNP-WCPC)')).toEqual([
      'organisation:ph-pnp',
      'organisation:ph-pnp',
      'organisation:ph-pnp',
    ]);
  });

  it('matches acronyms case-sensitively, and distrusts word-like ones in a run of capitals', () => {
    expect(entityKeys('who would say so, as we know')).toEqual([]);
    // Jakarta is a place in Indonesia (country-cues.yaml).
    expect(entityKeys('Kedutaan Besar AS di Jakarta')).toEqual(['country:us', 'country:id']);
    expect(entityKeys('PERAN IOM SEBAGAI AKTOR DAN AS')).toEqual(['organisation:iom']);
  });

  it('matches whole words only', () => {
    expect(
      new AliasMatcher([{ key: 'un', kind: 'organisation', alias: 'UN' }]).find('UNICEF and UNHCR'),
    ).toEqual([]);
  });
});

describe('subjects and actors', () => {
  it('takes the subject from the title', () => {
    const c = classifyDocument(
      syntheticInput({
        title: { id: 'Peran UNICEF dalam Menangani Prostitusi Anak di Filipina Tahun 2008-2011' },
        abstracts: { id: 'Penelitian ini menganalisis peran UNICEF bersama DSWD dan ECPAT di Filipina.' },
      }),
    );
    expect(keys(c.subjects)).toEqual(['unicef']);
    expect(keys(c.actors)).toEqual(['ph-dswd', 'ecpat']);
  });

  it('takes the subject from the aim sentence when there is no title', () => {
    const c = classifyDocument(
      syntheticInput({
        abstracts: {
          en: 'Human trafficking remains a concern for ASEAN members. This study aims to analyse the role of the International Labour Organization (ILO) in protecting Indonesian migrant workers in Malaysia, working with BP2MI.',
        },
      }),
    );
    expect(keys(c.subjects)).toEqual(['ilo']);
    expect(keys(c.actors)).toEqual(expect.arrayContaining(['asean', 'bp2mi']));
  });

  it('recognises the possessive form: "IOM\'s role"', () => {
    const c = classifyDocument(
      syntheticInput({
        abstracts: {
          en: 'Trafficking grows. This study aims to analyse IOM’s role in Indonesia alongside UNHCR.',
        },
      }),
    );
    expect(keys(c.subjects)).toEqual(['iom']);
  });

  it('does not count an organisation that only authors a cited source', () => {
    const c = classifyDocument(
      syntheticInput({
        title: { en: 'IJM in the Philippines' },
        abstracts: { en: 'This study analyses IJM. Online exploitation is a cybercrime (UNODC, 2019).' },
      }),
    );
    expect(keys(c.actors)).not.toContain('unodc');
  });
});

describe('countries studied', () => {
  it('reads Filipina as the Philippines from the keywords', () => {
    const c = classifyDocument(
      syntheticInput({
        abstracts: { id: 'Penelitian ini membahas OSEC.' },
        keywords: { id: ['OSEC', 'Filipina'] },
      }),
    );
    expect(keys(c.countries)).toEqual(['ph']);
  });

  it('keeps a destination named in the body out of the studied countries', () => {
    const c = classifyDocument(
      syntheticInput({
        title: { id: 'Upaya IOM dalam Menangani Perdagangan Manusia di Indonesia' },
        abstracts: { id: 'Penelitian ini menganalisis upaya IOM di Indonesia.' },
        sections: [['PENDAHULUAN', 'Korban dikirim ke Malaysia, Singapura, Arab Saudi, dan Timur Tengah.']],
      }),
    );
    expect(keys(c.countries)).toEqual(['id']);
  });

  it('reads the opening sentence of the abstract when title and keywords name none', () => {
    const c = classifyDocument(
      syntheticInput({
        abstracts: {
          en: 'Labour migration from Cambodia to Thailand has grown. Many workers are exploited.',
        },
      }),
    );
    expect(keys(c.countries)).toEqual(['kh', 'th']);
  });

  it('names no country when none is stated', () => {
    expect(
      classifyDocument(
        syntheticInput({ abstracts: { en: 'This study looks at global norms on trafficking.' } }),
      ).countries,
    ).toEqual([]);
  });
});

describe('regional bodies and Indonesian names of UN agencies', () => {
  it('knows CTI-CFF, the ASEAN Regional Forum, IORA, WWF and the common Indonesian names of UN agencies', () => {
    expect(
      entityKeys('Coral Triangle Initiative on Coral Reefs, Fisheries and Food Security (CTI-CFF)'),
    ).toEqual(['organisation:cti-cff', 'organisation:cti-cff']);
    expect(entityKeys('Forum Regional ASEAN dan Asosiasi Lingkar Samudra Hindia')).toEqual([
      'organisation:asean-regional-forum',
      'organisation:iora',
    ]);
    expect(entityKeys('Badan Kesehatan Dunia bersama WWF-Indonesia')).toEqual([
      'organisation:who',
      'organisation:wwf',
    ]);
  });
});

describe('examples are not subjects', () => {
  it('skips every organisation of an example list in the opening sentence, with its acronym', () => {
    const { subjects } = classifyDocument(
      syntheticInput({
        title: { en: 'Fiji Public Diplomacy toward Kiribati, 2016-2020' },
        abstracts: {
          en: 'The issue has been raised in many forums, including the UN General Assembly and the Pacific Islands Forum (PIF). This study explains Fiji public diplomacy.',
        },
      }),
    );
    expect(keys(subjects)).toEqual([]);
  });
});
