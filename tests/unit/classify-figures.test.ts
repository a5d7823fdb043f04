import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import { syntheticInput } from './classify-helpers';

const figuresOf = (body: string) =>
  classifyDocument(
    syntheticInput({ abstracts: { id: 'Abstrak singkat.' }, sections: [['PEMBAHASAN', body]] }),
  ).figures.map((f) => [f.value, f.counts]);

describe('key figures', () => {
  it('normalises Indonesian and English number notation', () => {
    expect(
      figuresOf(
        'Terdapat 2.605 kasus TPPO dan 46,14% melibatkan perempuan. Ada pula 193,405 alamat IP dan 11,3 persen pekerja migran.',
      ),
    ).toEqual([
      ['2,605', 'kasus TPPO'],
      ['46.14%', 'melibatkan perempuan'],
      ['193,405', 'alamat IP'],
      ['11.3%', 'pekerja migran'],
    ]);
  });

  it('names what a share is of, after or before the number', () => {
    expect(
      figuresOf(
        'Sebanyak 2.648 korban, 88% di antaranya adalah perempuan. IJM membantu mengurangi kasus OSEC sebanyak 79% dari sebelumnya.',
      ),
    ).toEqual([
      ['2,648', 'korban'],
      ['88%', 'perempuan'],
      ['79%', 'membantu mengurangi kasus OSEC'],
    ]);
  });

  it('adds the period the sentence states', () => {
    expect(figuresOf('Selama tahun 2017 hingga 2022 terdapat 2.605 kasus TPPO di Indonesia.')).toEqual([
      ['2,605', 'kasus TPPO (2017-2022)'],
    ]);
  });

  it('skips years, labels, citations, ages, ranges, single digits and numbering', () => {
    const got = figuresOf(
      'Pada tahun 2016 Filipina mendapat Tier 1 (IJM, 2020). Lihat Gambar 3 dan UU No. 21 Tahun 2007. Korban berumur 11 tahun, usia 6-18 tahun. Ada 5 kasus awal. Revolusi Industri 4.0 berlanjut.',
    );
    expect(got).toEqual([]);
  });

  it('keeps a range whole: "43 hingga 50 persen" is 43–50%, not 50%', () => {
    expect(
      figuresOf(
        'Diperkirakan sekitar 43 hingga 50 persen tenaga kerja migran atau sekitar 3 hingga 4,5 juta orang berasal dari Jawa. Sekitar 20-30% korban adalah anak.',
      ),
    ).toEqual([
      ['43–50%', 'tenaga kerja migran'],
      ['3–4.5 juta', 'orang berasal'],
      ['20–30%', 'korban'],
    ]);
  });

  it('skips numbers about the setting (islands, distances, member states), not what the study found', () => {
    expect(
      figuresOf(
        'Indonesia memiliki 1800 pulau dan garis pantai 54.716 km. IOM memiliki 173 negara anggota. IOM membantu 154 korban eksploitasi.',
      ),
    ).toEqual([['154', 'korban eksploitasi']]);
  });

  it('keeps one figure restated, preferring the statement with a period', () => {
    expect(
      figuresOf('IJM mengidentifikasi 171 kasus OSEC. Dari tahun 2010 sampai 2019 tercatat 171 kasus OSEC.'),
    ).toEqual([['171', 'kasus OSEC (2010-2019)']]);
  });

  it('gives the span of the number and its sentence', () => {
    const input = syntheticInput({
      sections: [['PEMBAHASAN', 'Pelatihan diberikan kepada 161 jaksa di seluruh Indonesia.']],
    });
    const [f] = classifyDocument(input).figures;
    expect(input.text.slice(f?.start, f?.end)).toBe('161');
    expect(f?.sentence).toBe('Pelatihan diberikan kepada 161 jaksa di seluruh Indonesia.');
  });
});

describe('document kind', () => {
  it('is a thesis abstract with abstracts and no body', () => {
    expect(
      classifyDocument(
        syntheticInput({
          abstracts: { id: 'Penelitian ini membahas IOM.', en: 'This study discusses IOM.' },
        }),
      ).kind.value,
    ).toBe('thesis-abstract');
  });

  it('is a journal article with body sections or a venue', () => {
    expect(
      classifyDocument(syntheticInput({ abstracts: { id: 'Abstrak.' }, sections: [['PENDAHULUAN', 'Isi.']] }))
        .kind.value,
    ).toBe('journal-article');
    expect(
      classifyDocument(
        syntheticInput({
          abstracts: { id: 'Abstrak.' },
          venue: 'Jurnal Hubungan Internasional Vol. 3 No. 2',
        }),
      ).kind.value,
    ).toBe('journal-article');
  });

  it('is a conference paper when the venue is a proceedings', () => {
    expect(
      classifyDocument(
        syntheticInput({ abstracts: { id: 'Abstrak.' }, venue: 'Prosiding Seminar Nasional HI 2023' }),
      ).kind.value,
    ).toBe('conference-paper');
  });

  it('is a thesis when a full text says it is a skripsi', () => {
    const input = syntheticInput({
      title: { id: 'SKRIPSI: Peran IOM di Indonesia' },
      abstracts: { id: 'Abstrak.' },
      sections: [['BAB I PENDAHULUAN', 'Isi.']],
    });
    expect(classifyDocument(input).kind.value).toBe('thesis');
  });

  it('is unknown with neither abstracts nor structure', () => {
    expect(
      classifyDocument({ text: 'Sebuah catatan pendek.', segmented: syntheticInput({}).segmented }).kind
        .value,
    ).toBe('unknown');
  });
});

describe('languages', () => {
  const idBody =
    'Penelitian ini membahas peran IOM yang ada di Indonesia dan hasil dari kerja sama dengan pemerintah untuk korban.';

  it('lists the languages of the abstracts in the order they appear, not the language of the body', () => {
    const input = syntheticInput({
      abstracts: { en: 'This study discusses the role of IOM in Indonesia and the results of its work.' },
      sections: [['PENDAHULUAN', idBody]],
    });
    expect(classifyDocument(input).languages).toEqual(['en']);
  });

  it('gives a document without abstracts the language of its body when it has a method or theory section', () => {
    const input = syntheticInput({ sections: [['METODE PENELITIAN', idBody]] });
    expect(classifyDocument(input).languages).toEqual(['id']);
  });

  it('gives no language to a document with neither abstracts nor a body (an empty ABSTRAK page)', () => {
    const text =
      'This is a short report on the work of the organisation and the results that it has achieved in the region.';
    expect(classifyDocument({ text, segmented: syntheticInput({}).segmented }).languages).toEqual([]);
  });
});
