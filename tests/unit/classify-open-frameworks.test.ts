import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { openKey } from '@/lib/ingest/classify/open-terms';
import { frameworks } from '@/lib/vocabulary';
import { syntheticInput } from './classify-helpers';

const usesOf = (parts: Parameters<typeof syntheticInput>[0]) =>
  classifyDocument(syntheticInput(parts)).frameworks.map((f) => f.openName ?? f.key);

describe('open-vocabulary frameworks', () => {
  it('finds a concept the vocabulary lacks after "menggunakan konsep", preferring the English gloss', () => {
    const uses = classifyDocument(
      syntheticInput({
        abstracts: {
          id: 'Penelitian ini menggunakan konsep jeratan utang (debt bondage) untuk menjelaskan kerja paksa di pabrik bata.',
        },
      }),
    ).frameworks;
    expect(uses.map((u) => [u.key, u.openName])).toEqual([['open--debt-bondage', 'Debt bondage']]);
    expect(uses[0]?.quote).toMatch(/^Penelitian ini menggunakan konsep jeratan utang/);
  });

  it('keeps the stated name when the gloss is the Indonesian one', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Konsep yang digunakan adalah konsep burden sharing (pembagian beban) dalam perlindungan pengungsi.',
        },
      }),
    ).toEqual(['Burden sharing']);
  });

  it('reads "the concepts of X and Y" and "X theory"', () => {
    expect(
      usesOf({
        abstracts: {
          en: 'The analysis uses the concepts of climate security and disaster diplomacy. It also draws on principal-agent theory.',
        },
      }),
    ).toEqual(['Climate security', 'Disaster diplomacy', 'Principal-agent theory']);
  });

  it('reads "the X concept" and keeps "naming and shaming" whole', () => {
    expect(
      usesOf({
        abstracts: {
          en: 'Using the middle power concept, it finds that the state acted as a catalyst.',
          id: 'Penelitian ini menggunakan konsep naming and shaming untuk menjelaskan tekanan organisasi.',
        },
      }),
    ).toEqual(['Middle power', 'Naming and shaming']);
  });

  it('lets a longer stated name win over a broader vocabulary term inside it', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Penelitian ini menggunakan konsep diplomasi kemanusiaan (humanitarian diplomacy) untuk melihat peran palang merah.',
        },
      }),
    ).toEqual(['Humanitarian diplomacy']);
  });

  it('leaves a name the vocabulary holds to the vocabulary', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Penelitian ini menggunakan konsep keamanan manusia (human security) dalam analisisnya.',
        },
      }),
    ).toEqual(['human-security']);
  });

  it('takes no method, generic word or describing "approach" for a framework', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Penelitian ini menggunakan metode kualitatif dengan pendekatan deskriptif-analitis. Organisasi itu bekerja melalui pendekatan advokasi berlapis.',
          en: 'This is normative legal research using a statute approach and a conceptual approach. Differences in legal frameworks remain.',
        },
      }),
    ).toEqual([]);
  });

  it('takes nothing from a name cut off at the end of a capture', () => {
    expect(
      usesOf({
        abstracts: { en: 'This research uses a descriptive qualitative method and the concept of ING' },
      }),
    ).toEqual([]);
  });

  it('reads the lenses a table of contents lists', () => {
    const { frameworks: uses } = classifyDocument(
      syntheticInput({
        sections: [['DAFTAR ISI', '2.2.1 Konsep Ketahanan Pangan (Food Security) .................... 17']],
      }),
    );
    expect(uses.map((u) => u.openName)).toEqual(['Food security']);
  });

  it('gives open terms keys that cannot collide with vocabulary keys', () => {
    expect(openKey('Débt bondage!')).toBe('open--debt-bondage');
    expect(frameworks.some((f) => f.key.includes('--'))).toBe(false);
  });
});

describe('generic words of the open vocabulary', () => {
  it('drops "international relations" but keeps a name that only shares a word with it', () => {
    expect(
      usesOf({
        abstracts: {
          en: 'The study uses the theory of international relations. It applies the concept of international security communities.',
        },
      }),
    ).toEqual(['International security communities']);
  });
});

describe('acronyms in open names', () => {
  it('spells out an acronym the text defines', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Save the Children adalah International Non-Governmental Organization (INGO). Penelitian ini menggunakan konsep peran INGO sebagai penyedia layanan.',
        },
      }),
    ).toEqual(['Peran INGO (international non-governmental organization)']);
  });
  it('reads the name after "yang digunakan adalah" following a cue', () => {
    expect(
      usesOf({
        abstracts: {
          id: 'Kerangka analisis yang digunakan adalah diplomasi vaksin kawasan (regional vaccine diplomacy), yang memandang vaksin sebagai alat politik luar negeri.',
        },
      }),
    ).toContain('Regional vaccine diplomacy');
  });

  it('knows the IR concepts Indonesian abstracts name in Indonesian only', () => {
    const keys = (id: string) =>
      classifyDocument(syntheticInput({ abstracts: { id } })).frameworks.map((f) => f.key);
    expect(
      keys(
        'Dengan menggunakan konsep regionalisme dan keamanan maritim, artikel ini menilai kerja sama itu.',
      ),
    ).toEqual(expect.arrayContaining(['regionalism', 'maritime-security']));
    expect(
      keys('Penelitian ini menggunakan konsep diplomasi publik serta konsep diplomasi diaspora.'),
    ).toEqual(expect.arrayContaining(['public-diplomacy', 'diaspora-diplomacy']));
    expect(
      keys('Artikel ini menggunakan konsep nasionalisme sumber daya untuk menjelaskan larangan ekspor.'),
    ).toEqual(['resource-nationalism']);
    expect(
      keys('Kerangka analisis yang digunakan adalah diplomasi kesehatan global dalam pengadaan vaksin.'),
    ).toEqual(['global-health-diplomacy']);
  });
});
