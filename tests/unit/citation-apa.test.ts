import { describe, expect, it } from 'vitest';
import { formatApa } from '@/lib/citation/format-apa';
import { studyToCsl } from '@/lib/citation/study-to-csl';
import { listStudy, STUDIES } from '../helpers/list-study';

const items = STUDIES.map((study) => studyToCsl(study));

describe('APA through citation-js', () => {
  it('formats English references and in-text citations with "et al." and "n.d."', () => {
    const [devi, amalia, saragih] = formatApa(items, { language: 'en' });
    expect(devi?.reference).toBe(
      `Devi, A. A. A. K., Priadarsini, N. W. R., & Resen, P. T. K. (2024). ${STUDIES[0]!.title}. DIKSHI, 3(2).`,
    );
    expect(devi?.inText).toBe('(Devi et al., 2024)');
    expect(amalia?.reference).toMatch(
      /^Amalia, N\. A\. \(n\.d\.\)\. Upaya International .*\. Universitas Contoh\.$/,
    );
    expect(saragih?.inText).toBe('(Saragih & Alfajri, 2023)');
  });

  it('formats Indonesian with the CSL id-ID locale: "dkk.", "t.t."', () => {
    const [devi, amalia] = formatApa(items, { language: 'id' });
    expect(devi?.inText).toBe('(Devi dkk., 2024)');
    expect(amalia?.reference).toContain('(t.t.)');
    expect(amalia?.inText).toBe('(Amalia, t.t.)');
  });

  it('keeps the order given rather than sorting by author', () => {
    expect(formatApa([...items].reverse()).map((entry) => entry.id)).toEqual(
      [...items].reverse().map((i) => i.id),
    );
  });

  it('escapes markup from the study text in HTML output', () => {
    const evil = studyToCsl(
      listStudy({ id: 'evil', title: '<img src=x onerror=alert(1)> & co', year: 2020, authors: ['Budi'] }),
    );
    const [entry] = formatApa([evil], { format: 'html' });
    expect(entry?.reference).not.toContain('<img');
    expect(entry?.reference).toContain('&#60;img');
    expect(entry?.reference).toMatch(/^Budi\. \(2020\)\. <i>/);
  });
});
