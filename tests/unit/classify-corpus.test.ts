// The answer key (shared/corpus/EXPECTED.md) on the four seed documents, through the classify step alone.
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '@/lib/ingest/classify';
import type { Classification } from '@/lib/ingest/types';
import { CORPUS_FILES, corpusInput } from './classify-helpers';

const keys = (mentions: { key: string }[]) => mentions.map((m) => m.key);
const figure = (c: Classification, value: string) => c.figures.find((f) => f.value === value);

function spanText(input: { text: string }, p: { source: string; start?: number; end?: number }): string {
  if (p.source !== 'extracted' || p.start === undefined || p.end === undefined) return '';
  return input.text.slice(p.start, p.end);
}

describe('000: thesis abstract without a title page', () => {
  const input = corpusInput(CORPUS_FILES.thesisAbstract);
  const c = classifyDocument(input);

  it('is a thesis abstract in Indonesian then English', () => {
    expect(c.kind.value).toBe('thesis-abstract');
    expect(c.languages).toEqual(['id', 'en']);
  });

  it('studies IJM in the Philippines; the US Department of State is another actor', () => {
    expect(keys(c.subjects)).toEqual(['ijm']);
    expect(keys(c.actors)).toContain('us-department-of-state');
    expect(keys(c.countries)).toEqual(['ph']);
    expect(keys(c.countries)).not.toContain('us'); // "AS" sits inside the Department's name
  });

  it('states no period', () => {
    expect(c.period).toBeNull();
  });

  it('uses IO theory and TAN with its three influence mechanisms', () => {
    expect(keys(c.frameworks)).toEqual([
      'international-organisation-theory',
      'transnational-advocacy-networks',
    ]);
    const tan = c.frameworks.find((f) => f.key === 'transnational-advocacy-networks');
    expect(tan?.mechanisms).toEqual([
      'issue-framing-agenda-setting',
      'influence-institutional-procedures',
      'influence-policy-change',
    ]);
    expect(tan?.quote).toMatch(/Jaringan Advokasi Transnasional/);
    expect(spanText(input, tan?.provenance ?? { source: 'curated' })).toBe(tan?.quote);
  });

  it('is qualitative-descriptive from a literature review', () => {
    expect(keys(c.methods)).toEqual(['qualitative', 'descriptive', 'literature-review']);
  });

  it('states no key figures', () => {
    expect(c.figures).toEqual([]);
  });
});

describe('001: journal article, two-column text', () => {
  const input = corpusInput(CORPUS_FILES.articleTwoColumn);
  const c = classifyDocument(input);

  it('is a journal article with an Indonesian body', () => {
    expect(c.kind.value).toBe('journal-article');
    expect(c.languages).toEqual(['id', 'en']);
  });

  it('studies IJM in the Philippines, naming the Philippine agencies, NCMEC and UNODC as actors', () => {
    expect(keys(c.subjects)).toEqual(['ijm']);
    expect(keys(c.actors)).toEqual(
      expect.arrayContaining(['ph-dswd', 'ph-doj', 'ph-dole', 'ph-pnp', 'ph-nbi', 'ncmec', 'unodc']),
    );
    expect(keys(c.actors)).not.toContain('ijm');
    expect(keys(c.countries)).toEqual(['ph']);
  });

  it('covers 2010-2019, with the years as provenance', () => {
    expect(c.period?.value).toEqual({ from: 2010, to: 2019 });
    expect(spanText(input, c.period?.provenance ?? { source: 'curated' })).toBe('2010 sampai tahun 2019');
  });

  it('uses cybercrime and the CSO roles educator, counterpart, agenda setter', () => {
    expect(keys(c.frameworks)).toEqual(['cybercrime', 'cso-roles']);
    expect(c.frameworks.find((f) => f.key === 'cso-roles')?.mechanisms).toEqual([
      'educator',
      'counterpart',
      'agenda-setter',
    ]);
    expect(c.frameworks.find((f) => f.key === 'cybercrime')?.mechanisms).toEqual([]);
  });

  it('is qualitative and descriptive on secondary data', () => {
    expect(keys(c.methods)).toEqual(['qualitative', 'descriptive', 'secondary-data']);
  });

  it('states the key figures of the answer key', () => {
    expect(figure(c, '171')?.counts).toMatch(/^kasus OSEC/);
    expect(figure(c, '571')?.counts).toMatch(/^korban/);
    expect(c.figures.some((f) => f.value === '229' && /terdakwa/.test(f.counts))).toBe(true);
    expect(figure(c, '76')?.counts).toMatch(/^vonis/);
    expect(figure(c, '193,405')?.counts).toMatch(/^alamat IP/);
    expect(c.figures.some((f) => f.value === '79%' && /mengurangi/.test(f.counts))).toBe(true);
    const ips = figure(c, '193,405');
    expect(input.text.slice(ips?.start, ips?.end)).toBe('193,405');
    expect(ips?.sentence).toContain('193,405 alamat IP');
  });

  it('takes no years, page numbers or labels for figures', () => {
    for (const f of c.figures) {
      expect(f.value).not.toMatch(/^(19|20)\d\d$/);
      expect(['364', '1', '2', '3']).not.toContain(f.value);
    }
  });
});

describe('003: thesis abstract with a title block', () => {
  const input = corpusInput(CORPUS_FILES.thesisAbstractWithTitle, {
    id: 'UPAYA INTERNATIONAL ORGANIZATION FOR MIGRATION DALAM PENANGANAN HUMAN TRAFFICKING DI INDONESIA TAHUN 2023-2024',
    en: "INTERNATIONAL ORGANIZATION FOR MIGRATION'S EFFORTS IN HANDLING HUMAN TRAFFICKING IN INDONESIA IN 2023-2024",
  });
  const c = classifyDocument(input);

  it('is a thesis abstract', () => {
    expect(c.kind.value).toBe('thesis-abstract');
    expect(c.languages).toEqual(['id', 'en']);
  });

  it('studies IOM in Indonesia in 2023-2024, read from the title', () => {
    expect(keys(c.subjects)).toEqual(['iom']);
    expect(keys(c.countries)).toEqual(['id']);
    expect(c.period?.value).toEqual({ from: 2023, to: 2024 });
    expect(spanText(input, c.period?.provenance ?? { source: 'curated' })).toBe('2023-2024');
  });

  it('uses the concepts of human trafficking and of the role of international organisations', () => {
    expect(keys(c.frameworks)).toEqual(['human-trafficking', 'role-of-international-organisations']);
    expect(c.frameworks[0]?.quote).toMatch(/^Dalam penelitian ini digunakan konsep human trafficking/);
  });

  it('is qualitative, descriptive-analytical, on secondary data', () => {
    expect(keys(c.methods)).toEqual(['qualitative', 'descriptive-analytical', 'secondary-data']);
  });
});

describe('004: journal article with references', () => {
  const input = corpusInput(CORPUS_FILES.articleWithReferences, {
    id: 'UPAYA IOM (INTERNATIONAL ORGANIZATION FOR MIGRATION) DALAM MENANGANI KASUS HUMAN TRAFFICKING DI INDONESIA TAHUN 2017-2022',
  });
  const c = classifyDocument(input);

  it('is a journal article, English abstract first, body in Indonesian', () => {
    expect(c.kind.value).toBe('journal-article');
    expect(c.languages).toEqual(['en', 'id']);
  });

  it('studies IOM in Indonesia; Malaysia, a destination named in the body, is not studied', () => {
    expect(keys(c.subjects)).toEqual(['iom']);
    expect(keys(c.actors)).toEqual(
      expect.arrayContaining([
        'polri',
        'inl',
        'kejaksaan-agung',
        'badiklat-kejaksaan',
        'kemen-pppa',
        'lpsk',
        'ppatk',
        'unhcr',
      ]),
    );
    expect(keys(c.countries)).toEqual(['id']);
  });

  it('covers 2017-2022 from the title', () => {
    expect(c.period?.value).toEqual({ from: 2017, to: 2022 });
    expect(spanText(input, c.period?.provenance ?? { source: 'curated' })).toBe('2017-2022');
  });

  it("uses Clive Archer's roles: instrument, arena, actor (and not the generic concept as well)", () => {
    expect(keys(c.frameworks)).toEqual(['archer-roles']);
    expect(c.frameworks[0]?.mechanisms).toEqual(['instrument', 'arena', 'actor']);
    expect(c.frameworks[0]?.quote).toContain("Clive Archer's concept");
  });

  it('is qualitative, a narrative literature review', () => {
    expect(keys(c.methods)).toEqual(['qualitative', 'narrative-literature-review']);
  });

  it('states the key figures of the answer key', () => {
    expect(figure(c, '2,605')?.counts).toBe('kasus TPPO (2017-2022)');
    expect(figure(c, '46.14%')?.counts).toMatch(/perempuan/);
    expect(figure(c, '161')?.counts).toBe('jaksa');
    expect(figure(c, '2,648')?.counts).toBe('korban (2015-2019)');
    expect(figure(c, '88%')?.counts).toMatch(/^perempuan/);
  });

  it('reads nothing from the reference list', () => {
    const refs = input.text.indexOf('DAFTAR PUSTAKA');
    for (const f of c.figures) expect(f.start).toBeLessThan(refs);
    for (const m of [...c.actors, ...c.subjects])
      if (m.provenance.source === 'extracted') expect(m.provenance.start).toBeLessThan(refs);
  });
});
