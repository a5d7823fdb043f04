import { describe, expect, it } from 'vitest';
import { Cite } from '@/lib/citation/cite';
import { cslDataSchema } from '@/lib/citation/csl-schema';
import { exportFilename, exportList } from '@/lib/citation/export-list';
import { formatBibtex } from '@/lib/citation/format-bibtex';
import { formatCslJson } from '@/lib/citation/format-csl-json';
import { formatRis } from '@/lib/citation/format-ris';
import { listToCsl } from '@/lib/citation/list-to-csl';
import { listStudy, sharedList, STUDIES } from '../helpers/list-study';

const items = listToCsl(sharedList());

/** What a reference manager cares about: the same titles, authors and years, in the same order. */
function essentials(data: Record<string, unknown>[]) {
  return data.map((item) => ({
    title: item.title,
    authors: ((item.author as { family?: string; given?: string }[] | undefined) ?? []).map((n) =>
      [n.family, n.given].filter(Boolean).join(', '),
    ),
    year: (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0] ?? null,
  }));
}
const expected = essentials(items);

describe('reading-list exports parse back with citation-js into the same references', () => {
  it('has the references it should (sanity check of the expectation itself)', () => {
    expect(expected).toEqual([
      {
        title: STUDIES[0]!.title,
        authors: ['Devi, A.A.A.K.', 'Priadarsini, N.W.R.', 'Resen, P.T.K.'],
        year: 2024,
      },
      { title: STUDIES[1]!.title, authors: ['Amalia, Nurul Aida'], year: null },
      { title: STUDIES[2]!.title, authors: ['Saragih, Eriston', 'Alfajri'], year: 2023 },
    ]);
  });

  it('BibTeX', () => {
    const bib = formatBibtex(items);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(essentials(new Cite(bib).data)).toEqual(expected);
  });

  it('RIS, with long titles on one line (citation-js would wrap them at 70 characters)', () => {
    const ris = formatRis(items);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(3);
    expect(ris).toContain(`TI  - ${STUDIES[0]!.title}\r\n`);
    expect(ris).toContain('AB  - Human trafficking is a transnational crime & a "hard" <case>.');
    expect(essentials(new Cite(ris).data)).toEqual(expected);
  });

  it('keeps TeX-special characters in titles through a BibTeX round trip', () => {
    const odd = listStudy({
      id: 'odd',
      title: 'Costs & 100% {braces} of $ and _ in "quotes"',
      year: 2020,
      authors: ['Siti'],
    });
    const [back] = new Cite(formatBibtex(listToCsl(sharedList([odd])))).data;
    expect(back?.title).toBe(odd.title);
  });

  it('CSL-JSON validates against the CSL data schema and parses back', () => {
    const json = formatCslJson(items);
    const parsed: unknown = JSON.parse(json);
    expect(cslDataSchema.safeParse(parsed).success).toBe(true);
    expect(essentials(new Cite(parsed).data)).toEqual(expected);
  });

  it('the schema check is strict: unknown fields, bad types and malformed dates fail', () => {
    const base = { id: 'x', type: 'article-journal', title: 'T' };
    expect(cslDataSchema.safeParse([base]).success).toBe(true);
    expect(cslDataSchema.safeParse([{ ...base, type: 'journal-article' }]).success).toBe(false);
    expect(cslDataSchema.safeParse([{ ...base, titel: 'typo' }]).success).toBe(false);
    expect(cslDataSchema.safeParse([{ ...base, issued: { 'date-parts': [[]] } }]).success).toBe(false);
    expect(cslDataSchema.safeParse([{ ...base, author: [{ name: 'Devi' }] }]).success).toBe(false);
    expect(cslDataSchema.safeParse([{ title: 'no id or type' }]).success).toBe(false);
  });

  it('skips studies that left the corpus', () => {
    const list = sharedList();
    list.sections[0]!.items[1]!.study = null;
    expect(listToCsl(list).map((item) => item.id)).toEqual([STUDIES[0]!.id, STUDIES[2]!.id]);
  });
});

describe('export files', () => {
  it('names files after the list and sets their content type', () => {
    const file = exportList(sharedList(), 'ris');
    expect(file.filename).toBe('hi-301-international-organisations-trafficking.ris');
    expect(file.contentType).toMatch(/^application\/x-research-info-systems/);
    expect(exportFilename('«»', 'bibtex')).toBe('reading-list.bib');
  });

  it('APA text keeps the list order with importance, in-text citation, question and note', () => {
    const text = exportList(sharedList(), 'apa-txt').body;
    const lines = text.split('\n');
    expect(lines[0]).toBe('HI 301: International organisations & trafficking');
    expect(text).toContain('[Essential] Devi, A. A. A. K., Priadarsini, N. W. R., & Resen, P. T. K. (2024).');
    expect(text).toContain('Cite as: (Devi et al., 2024)');
    expect(text).toContain('Guiding question: Which TAN mechanism mattered most?');
    expect(text.indexOf('Devi')).toBeLessThan(text.indexOf('Amalia')); // list order: alphabetical would put Amalia first
    expect(text.indexOf('Amalia')).toBeLessThan(text.indexOf('Saragih'));
  });

  it('APA HTML escapes the lecturer’s text', () => {
    const list = sharedList();
    list.sections[0]!.items[0]!.note = '<script>alert(1)</script>';
    const html = exportList(list, 'apa-html').body;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });
});
