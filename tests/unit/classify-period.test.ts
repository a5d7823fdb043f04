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
});
