import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { syntheticInput } from './classify-helpers';

const classify = (parts: Parameters<typeof syntheticInput>[0]) => classifyDocument(syntheticInput(parts));

describe('open-vocabulary organisations', () => {
  it('reads an organisation the vocabulary lacks from "name (ACRONYM)" in a title in capitals', () => {
    const { subjects } = classify({
      title: {
        id: 'PERAN NORWEGIAN REFUGEE COUNCIL (NRC) DALAM PENANGANAN PENGUNGSI DI YORDANIA TAHUN 2015-2019',
      },
    });
    expect(subjects.map((s) => [s.key, s.openName])).toEqual([
      ['open--nrc', 'Norwegian Refugee Council (NRC)'],
    ]);
  });

  it('reads a capitalised name after a word of agency in the aim sentence when there is no title', () => {
    const { subjects } = classify({
      abstracts: {
        id: 'Kopi menjadi komoditas penting. Penelitian ini bertujuan untuk menganalisis peran Mercy Corps dalam pemberdayaan petani di Aceh.',
      },
    });
    expect(subjects.map((s) => s.openName)).toEqual(['Mercy Corps']);
  });

  it('takes no country, generic actor or vocabulary name for an open organisation', () => {
    expect(classify({ title: { id: 'Peran Indonesia dalam Penanganan Pengungsi' } }).subjects).toEqual([]);
    expect(
      classify({ title: { en: 'The Role of Government Agencies in Disaster Relief' } }).subjects,
    ).toEqual([]);
    expect(
      classify({ title: { id: 'Peran IOM dalam Perlindungan Pekerja Migran' } }).subjects.map((s) => s.key),
    ).toEqual(['iom']);
  });

  it('reads a name with its acronym in the title beside an organisation the vocabulary knows', () => {
    const { subjects } = classify({
      title: { id: 'DIPLOMASI KEMANUSIAAN YAYASAN BUMI LESTARI (YBL) DAN IFRC DALAM PENANGANAN BENCANA' },
    });
    expect(subjects.map((s) => s.openName ?? s.key)).toEqual(['ifrc', 'Yayasan Bumi Lestari (YBL)']);
  });

  it('takes no people, crime or treaty written as a name with its acronym for an organisation', () => {
    expect(
      classify({
        title: {
          id: 'Perlindungan Tenaga Kerja Indonesia (TKI) di Sabah, Free Trade Agreement (FTA) dan Program Keluarga Harapan (PKH)',
        },
      }).subjects,
    ).toEqual([]);
    expect(
      classify({
        abstracts: {
          en: "This study analyzes the efforts of the Ministry of Foreign Affairs of the Republic of Indonesia in Vanuatu's forums.",
        },
      }).subjects,
    ).toEqual([]);
  });

  it('does not take an organisation given as an example in the opening sentence for the subject', () => {
    const { subjects } = classify({
      abstracts: {
        id: 'Isu itu kerap diangkat dalam forum internasional, termasuk Majelis Umum PBB. Artikel ini membahas diplomasi negara kecil.',
      },
    });
    expect(subjects).toEqual([]);
  });
});

describe('countries from demonyms, origins and places', () => {
  it('counts the origin of refugees as a studied country', () => {
    const { countries } = classify({
      title: { en: 'UNHCR and Rohingya Refugees in Malaysia, 2015-2020' },
    });
    expect(countries.map((c) => c.key).sort()).toEqual(['mm', 'my']);
  });

  it('counts Afghan refugees and a place of the country in an aim sentence', () => {
    const { countries } = classify({
      abstracts: {
        en: 'This study analyzes how IOM handled Afghan refugees stranded in Pekanbaru between 2019 and 2023.',
      },
    });
    expect(countries.map((c) => c.key).sort()).toEqual(['af', 'id']);
  });

  it('adds the countries the aim sentence names to the one in the title', () => {
    const { countries } = classify({
      title: { id: 'Upaya UNHCR dalam Resettlement Pengungsi dari Indonesia' },
      abstracts: {
        id: 'Penelitian ini bertujuan untuk menganalisis upaya UNHCR mendorong resettlement ke negara ketiga, khususnya Kanada dan Australia.',
      },
    });
    expect(countries.map((c) => c.key)).toEqual(['id', 'ca', 'au']);
  });

  it('reads the country inside an organisation named in the title', () => {
    const { countries } = classify({
      title: { id: 'Advokasi Greenpeace Indonesia dalam Isu Kabut Asap ke Singapura' },
    });
    expect(countries.map((c) => c.key).sort()).toEqual(['id', 'sg']);
  });

  it('does not take a country named only in the body', () => {
    const { countries } = classify({
      title: { en: 'Fishers on Taiwanese Vessels' },
      sections: [['PEMBAHASAN', 'Sebagian kapal juga berlabuh di Peru dan Afrika Selatan.']],
    });
    expect(countries.map((c) => c.key)).toEqual(['tw']);
  });
});

describe('period closing a title', () => {
  it('reads a single year after a comma at the end of the title', () => {
    expect(
      classify({ title: { en: 'Trafficking at Sea: The Forced Labour Case in Maluku, 2015' } }).period?.value,
    ).toEqual({
      from: 2015,
      to: 2015,
    });
  });
});

describe('origin countries and periods, more shapes', () => {
  it('counts the country migrants came from, named outside the aim sentence', () => {
    const { countries } = classify({
      title: { en: 'Forced Labour on Fishing Vessels in Maluku, 2015' },
      abstracts: {
        en: 'In 2015 reports revealed that hundreds of migrant fishermen, most of them from Myanmar, were held on vessels. This paper examines the regional response.',
      },
    });
    expect(countries.map((c) => c.key).sort()).toEqual(['id', 'mm']);
  });

  it('does not take the year of a law in the title for the period', () => {
    expect(
      classify({ title: { id: 'Harmonisasi Undang-Undang Nomor 21 Tahun 2007 dengan Protokol Palermo' } })
        .period,
    ).toBeNull();
  });

  it('prefers the abstract range that holds the single year of the title', () => {
    const { period } = classify({
      title: { id: 'Diplomasi Kemanusiaan dalam Penanganan Erupsi Gunung Tahun 2021' },
      abstracts: {
        id: 'Penelitian ini bertujuan untuk menganalisis penanganan bencana pada tahun 2021-2022.',
      },
    });
    expect(period?.value).toEqual({ from: 2021, to: 2022 });
  });
});

describe('Indonesian names of UN bodies', () => {
  it('reads "PBB" and "Perserikatan Bangsa-Bangsa" as the same words', () => {
    const { subjects } = classify({
      title: { id: 'Peran Program Pembangunan Perserikatan Bangsa-Bangsa di Palu' },
    });
    expect(subjects.map((s) => s.key)).toEqual(['undp']);
  });
});
