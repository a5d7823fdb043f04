import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { syntheticInput } from './classify-helpers';

function periodOf(parts: Parameters<typeof syntheticInput>[0]) {
  const input = syntheticInput(parts);
  const period = classifyDocument(input).period;
  const p = period?.provenance;
  return {
    value: period?.value ?? null,
    span: p?.source === 'extracted' ? input.text.slice(p.start, p.end) : null,
  };
}

describe('period studied', () => {
  it.each([
    [
      'Penelitian ini menganalisis upaya IOM di Indonesia dari tahun 2010 sampai tahun 2019.',
      2010,
      2019,
      '2010 sampai tahun 2019',
    ],
    ['This study examines IOM in Indonesia during the period 2010 to 2019.', 2010, 2019, '2010 to 2019'],
    ['Penelitian ini membahas periode 2017-2022 di Indonesia.', 2017, 2022, '2017-2022'],
    ['The study covers IOM in 2023–2024 in Indonesia.', 2023, 2024, '2023–2024'],
    ['This research discusses IOM in Indonesia from 2017 to 2022.', 2017, 2022, '2017 to 2022'],
    ['Penelitian ini membahas upaya IOM dari tahun 2017 hingga 2022.', 2017, 2022, '2017 hingga 2022'],
    ['Kajian ini melihat kasus antara tahun 2015 dan 2019 di Filipina.', 2015, 2019, '2015 dan 2019'],
    ['The study looks at cases between 2015 and 2019 in the Philippines.', 2015, 2019, '2015 and 2019'],
  ])('reads "%s"', (abstract, from, to, span) => {
    expect(periodOf({ abstracts: { en: abstract } })).toEqual({ value: { from, to }, span });
  });

  it('prefers the title to the abstract', () => {
    const got = periodOf({
      title: { id: 'Peran UNICEF dalam Menangani Pekerja Anak di Filipina Tahun 2008-2011' },
      abstracts: { id: 'Penelitian ini membahas kasus dari tahun 2000 sampai 2015.' },
    });
    expect(got).toEqual({ value: { from: 2008, to: 2011 }, span: '2008-2011' });
  });

  it('takes a single year from a title that introduces it as the period', () => {
    expect(
      periodOf({ title: { id: 'Peran ECPAT dalam Menangani CSEC di Thailand Tahun 2014' } }).value,
    ).toEqual({ from: 2014, to: 2014 });
  });

  it('reads the keywords when the title has no years', () => {
    expect(
      periodOf({
        title: { en: 'IOM in Indonesia' },
        keywords: { en: ['IOM', '2019-2021'] },
        abstracts: { en: 'The study looks at IOM.' },
      }).value,
    ).toEqual({ from: 2019, to: 2021 });
  });

  it('is null when only citation or publication years appear', () => {
    const got = periodOf({
      abstracts: {
        id: 'Cybercrime didefinisikan sebagai kejahatan berbasis komputer (UNODC, 2019). Laporan TIP tahun 2016 menempatkan Filipina pada Tier 1.',
      },
      sections: [['PENDAHULUAN', 'Sejak tahun 2000 sampai 2010 kasus meningkat (Haarr, 2017).']],
    });
    expect(got.value).toBeNull();
  });

  it('ignores a range of years cited inside brackets', () => {
    expect(
      periodOf({ abstracts: { en: 'Trafficking rose sharply (Smith, 2015-2016) in the region.' } }).value,
    ).toBeNull();
  });

  it('rejects reversed or implausible ranges and page ranges', () => {
    expect(
      periodOf({ abstracts: { en: 'See pages 1035-1044 and the years 2019-2010 of the report.' } }).value,
    ).toBeNull();
  });
  it.each([
    ['Artikel ini menjelaskan diplomasi Indonesia dari Agustus 2020 sampai Desember 2021.', 2020, 2021],
    ['Kajian ini menelaah kebijakan Malaysia sejak Februari 2021 hingga akhir 2023.', 2021, 2023],
    ['The article examines Thai policy from March 2019 to June 2022.', 2019, 2022],
    ['Penelitian ini membahas periode Januari 2018 – Maret 2020 di Filipina.', 2018, 2020],
    ['The study covers the years between early 2015 and the end of 2017.', 2015, 2017],
    ['Tulisan ini melihat kerja sama 2016 hingga pertengahan tahun 2019.', 2016, 2019],
  ])('reads a range with months or parts of years: "%s"', (abstract, from, to) => {
    expect(periodOf({ abstracts: { id: abstract } }).value).toEqual({ from, to });
  });

  it('takes a year named in the title as a one-year period when no range is stated', () => {
    expect(
      periodOf({
        title: { id: 'Kepentingan Malaysia sebagai Tuan Rumah KTT ASEAN 2015 di Kuala Lumpur' },
        abstracts: { id: 'Malaysia menjadi tuan rumah KTT ASEAN pada tahun 2015 setelah 2005.' },
      }).value,
    ).toEqual({ from: 2015, to: 2015 });
  });

  it('prefers the abstract range that holds a year opening the title ("Pasca-Kudeta 2021")', () => {
    const title = { id: 'Kebijakan Malaysia terhadap Pengungsi Myanmar Pasca-Kudeta Militer 2021' };
    expect(
      periodOf({
        title,
        abstracts: { id: 'Artikel ini menelaah kebijakan sejak Februari 2021 hingga akhir 2023.' },
      }).value,
    ).toEqual({ from: 2021, to: 2023 });
    // A year that only opens a time gives no one-year period.
    expect(
      periodOf({ title, abstracts: { id: 'Artikel ini menelaah kebijakan Malaysia.' } }).value,
    ).toBeNull();
  });

  it('takes no target year from the title ("Agenda 2030")', () => {
    expect(periodOf({ title: { id: 'Implementasi Agenda 2030 di Indonesia' } }).value).toBeNull();
  });
});
