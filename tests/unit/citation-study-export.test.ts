import { describe, expect, it } from 'vitest';
import { Cite } from '@/lib/citation/cite';
import { cslDataSchema } from '@/lib/citation/csl-schema';
import { exportStudy } from '@/lib/citation/export-study';
import { formatApa } from '@/lib/citation/format-apa';
import { studyToCsl, thesisGenre } from '@/lib/citation/study-to-csl';
import { listStudy, STUDIES } from '../helpers/list-study';

const BASE = 'https://telaah.example.ac.id';
const article = STUDIES[0]!;
const thesis = listStudy({
  id: '010_thesis',
  kind: 'thesis',
  title: 'Upaya IOM dalam Penanganan Human Trafficking di Indonesia',
  year: 2024,
  authors: ['Nurul Aida Amalia'],
  affiliation: 'Program Studi Magister Hubungan Internasional, Universitas Contoh',
  abstracts: { id: 'Tesis ini menganalisis upaya IOM.', en: null },
});
const derived = listStudy({
  id: '011_derived',
  kind: 'thesis-abstract',
  title: 'Upaya IOM menangani perdagangan manusia',
  titleDerived: true,
  authors: ['Siti Rahma'],
  affiliation: 'Universitas Contoh',
  abstracts: { id: 'Skripsi ini membahas IOM.', en: null },
});

const parse = (body: string) => new Cite(body).data as Record<string, unknown>[];

describe('a thesis exports as a thesis in every format', () => {
  it('BibTeX: @mastersthesis with school and type, parsed back as a thesis', () => {
    const file = exportStudy(thesis, 'bibtex', BASE);
    expect(file.body).toMatch(/^@mastersthesis\{/);
    expect(file.body).toContain(
      'school = {Program Studi Magister Hubungan Internasional, Universitas Contoh}',
    );
    expect(file.body).toContain(`url = {${BASE}/studies/010_thesis}`);
    const [back] = parse(file.body);
    expect(back).toMatchObject({ type: 'thesis', publisher: thesis.affiliation, title: thesis.title });
    expect(file.filename).toBe('amalia-2024-upaya-iom-dalam-penanganan.bib');
    expect(file.contentType).toBe('application/x-bibtex; charset=utf-8');
  });

  it('BibTeX: a dissertation is @phdthesis, an undergraduate thesis @mastersthesis typed as such', () => {
    const doctoral = listStudy({
      ...thesis,
      id: 'd',
      abstracts: { id: 'Disertasi ini ...', en: null },
      affiliation: 'U',
    });
    expect(exportStudy(doctoral, 'bibtex', BASE).body).toMatch(/^@phdthesis\{/);
    const skripsi = exportStudy(derived, 'bibtex', BASE).body;
    expect(skripsi).toMatch(/^@mastersthesis\{/);
    expect(skripsi).toContain('type = {Undergraduate thesis}');
  });

  it('RIS: TY THES with the institution as publisher and the degree', () => {
    const file = exportStudy(thesis, 'ris', BASE);
    expect(file.body).toMatch(/^TY {2}- THES\r\n/);
    expect(file.body).toContain(`PB  - ${thesis.affiliation}\r\n`);
    expect(file.body).toContain("M3  - Master's thesis\r\n");
    expect(file.body).toContain(`UR  - ${BASE}/studies/010_thesis\r\n`);
    expect(parse(file.body)[0]).toMatchObject({ type: 'thesis', publisher: thesis.affiliation });
  });

  it('CSL-JSON: type thesis with genre and publisher, schema-valid', () => {
    const data: unknown = JSON.parse(exportStudy(thesis, 'csl-json', BASE).body);
    expect(cslDataSchema.parse(data)[0]).toMatchObject({
      type: 'thesis',
      genre: "Master's thesis",
      publisher: thesis.affiliation,
      URL: `${BASE}/studies/010_thesis`,
    });
    expect(parse(JSON.stringify(data))[0]).toMatchObject({ type: 'thesis', genre: "Master's thesis" });
  });

  it('APA names the degree and the institution', () => {
    const [entry] = formatApa([studyToCsl(thesis)]);
    expect(entry?.reference).toContain('[Master’s thesis]. Program Studi Magister');
  });

  it('reads the degree from the words the study uses, and says only "Thesis" when none', () => {
    expect(thesisGenre(listStudy({ id: 'x', title: 'T', abstracts: { id: 'Skripsi ini', en: null } }))).toBe(
      'Undergraduate thesis',
    );
    expect(thesisGenre(listStudy({ id: 'x', title: 'A dissertation on IOM' }))).toBe('Doctoral dissertation');
    expect(
      thesisGenre(listStudy({ id: 'x', title: 'Peran IOM', abstracts: { id: 'Penelitian ini', en: null } })),
    ).toBe('Thesis');
  });
});

describe('a journal article exports as article-journal', () => {
  it.each(['bibtex', 'ris', 'csl-json'] as const)('%s keeps journal, volume, issue and year', (format) => {
    const file = exportStudy(article, format, BASE);
    const [back] = parse(file.body);
    expect(back).toMatchObject({
      type: 'article-journal',
      'container-title': 'DIKSHI',
      volume: '3',
      issue: '2',
    });
    expect((back?.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2024);
    expect(file.body).toContain(`${BASE}/studies/${article.id}`);
  });

  it('BibTeX is @article and RIS is JOUR', () => {
    expect(exportStudy(article, 'bibtex', BASE).body).toMatch(/^@article\{/);
    expect(exportStudy(article, 'ris', BASE).body).toMatch(/^TY {2}- JOUR\r\n/);
  });

  it('leaves the URL out when the public address is unknown, rather than guessing localhost', () => {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const)
      expect(exportStudy(article, format, null).body).not.toMatch(/localhost|https?:\/\//);
  });
});

describe('a derived title', () => {
  it('is exported in square brackets with a note saying Telaah supplied it', () => {
    const item = studyToCsl(derived);
    expect(item.title).toBe('[Upaya IOM menangani perdagangan manusia]');
    expect(item.note).toMatch(/supplied by Telaah/);
    const [bib] = parse(exportStudy(derived, 'bibtex', BASE).body);
    expect(bib).toMatchObject({ title: '[Upaya IOM menangani perdagangan manusia]' });
    expect(bib?.note).toMatch(/supplied by Telaah/);
    expect(exportStudy(derived, 'ris', BASE).body).toMatch(/N1 {2}- Title supplied by Telaah/);
  });

  it('a stated title is exported as stated, without a note', () => {
    const item = studyToCsl(thesis);
    expect(item.title).toBe(thesis.title);
    expect(item).not.toHaveProperty('note');
  });
});
