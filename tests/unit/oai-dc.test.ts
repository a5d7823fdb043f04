// A study as oai_dc: both titles and abstracts with their xml:lang, creators, subjects (keywords in their language,
// then the curated organisations, countries and frameworks), venue, year, type, identifiers and languages.
import { describe, expect, it } from 'vitest';
import { doiUrl, toOaiDc } from '@/lib/oai/oai-dc';
import { renderElement } from '@/lib/oai/oai-xml';
import { buildSets, parseSetSpec, studySetSpecs } from '@/lib/oai/oai-sets';
import type { OaiStudy } from '@/lib/oai/types';

const study: OaiStudy = {
  id: '007_uji_dc',
  updatedAt: new Date('2025-05-06T07:08:09.123Z'),
  kind: 'journal-article',
  languages: ['id', 'en'],
  titles: { id: 'Sekuritisasi migrasi & perbatasan', en: 'Securitising migration & borders' },
  abstracts: { id: 'Abstrak rekaan tentang perbatasan.', en: null },
  authors: ['Sari Uji', 'Budi Contoh'],
  keywords: [
    { language: 'id', value: 'perbatasan' },
    { language: 'en', value: 'borders' },
  ],
  organisations: [{ key: 'iom', name: 'International Organization for Migration' }],
  countries: [{ key: 'id', name: 'Indonesia' }],
  frameworks: [{ key: 'securitization', name: 'Securitization' }],
  venue: 'Jurnal Uji Hubungan Internasional',
  year: 2021,
  doi: 'https://doi.org/10.5555/UJI.7',
  url: null,
};

describe('toOaiDc', () => {
  it('renders the study with every bilingual value tagged by language', () => {
    const xml = renderElement(toOaiDc(study, 'https://telaah.example.ac.id'));
    expect(xml).toMatch(/^<oai_dc:dc xmlns:oai_dc="http:\/\/www.openarchives.org\/OAI\/2.0\/oai_dc\/"/);
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const body = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</oai_dc:dc>'));
    expect(body).toBe(
      [
        '<dc:title xml:lang="id">Sekuritisasi migrasi &amp; perbatasan</dc:title>',
        '<dc:title xml:lang="en">Securitising migration &amp; borders</dc:title>',
        '<dc:creator>Sari Uji</dc:creator>',
        '<dc:creator>Budi Contoh</dc:creator>',
        '<dc:subject xml:lang="id">perbatasan</dc:subject>',
        '<dc:subject xml:lang="en">borders</dc:subject>',
        '<dc:subject>International Organization for Migration</dc:subject>',
        '<dc:subject>Indonesia</dc:subject>',
        '<dc:subject>Securitization</dc:subject>',
        '<dc:description xml:lang="id">Abstrak rekaan tentang perbatasan.</dc:description>',
        '<dc:source>Jurnal Uji Hubungan Internasional</dc:source>',
        '<dc:date>2021</dc:date>',
        '<dc:type>Text</dc:type>',
        '<dc:type>article</dc:type>',
        '<dc:identifier>https://telaah.example.ac.id/studies/007_uji_dc</dc:identifier>',
        '<dc:identifier>https://doi.org/10.5555/UJI.7</dc:identifier>',
        '<dc:language>id</dc:language>',
        '<dc:language>en</dc:language>',
      ].join(''),
    );
  });

  it('gives a thesis its venue as publisher and leaves out what the study lacks', () => {
    const thesis = {
      ...study,
      kind: 'thesis',
      year: null,
      doi: null,
      titles: { id: null, en: 'Only English' },
    };
    const xml = renderElement(toOaiDc(thesis, 'http://localhost:3000'));
    expect(xml).toContain('<dc:publisher>Jurnal Uji Hubungan Internasional</dc:publisher>');
    expect(xml).toContain('<dc:type>thesis</dc:type>');
    expect(xml).not.toContain('<dc:date>');
    expect(xml).not.toContain('doi.org');
    expect(xml.match(/<dc:title/g)).toHaveLength(1);
  });

  it('writes a DOI however it was stored as its resolver URL', () => {
    expect(doiUrl('10.1/x')).toBe('https://doi.org/10.1/x');
    expect(doiUrl('doi:10.1/x')).toBe('https://doi.org/10.1/x');
    expect(doiUrl('http://dx.doi.org/10.1/x')).toBe('https://doi.org/10.1/x');
  });
});

describe('OAI sets', () => {
  it('names a study by its values and parses set specs', () => {
    expect(studySetSpecs(study)).toEqual(['organisation:iom', 'country:id', 'framework:securitization']);
    expect(parseSetSpec('organisation')).toEqual({ facet: 'organisation' });
    expect(parseSetSpec('country:id')).toEqual({ facet: 'country', key: 'id' });
    expect(parseSetSpec('method:survey')).toBeNull();
    expect(parseSetSpec('country:id:x')).toBeNull();
  });

  it('lists a facet set before its values and skips keys a setSpec cannot hold', () => {
    const sets = buildSets({
      organisation: [{ key: 'iom', name: 'IOM' }],
      country: [],
      framework: [{ key: 'bad key', name: 'Bad' }],
    });
    expect(sets).toEqual([
      { setSpec: 'organisation', setName: 'Organisations' },
      { setSpec: 'organisation:iom', setName: 'IOM' },
      { setSpec: 'framework', setName: 'Frameworks' },
    ]);
  });
});
