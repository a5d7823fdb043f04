import { describe, expect, it } from 'vitest';
import { cslItemSchema } from '@/lib/citation/csl-schema';
import { studyToCsl, toCslName } from '@/lib/citation/study-to-csl';
import { listStudy, STUDIES } from '../helpers/list-study';

describe('study to CSL-JSON', () => {
  it('splits names into family and given, keeping single names whole', () => {
    expect(toCslName('Nurul Aida Amalia')).toEqual({ family: 'Amalia', given: 'Nurul Aida' });
    expect(toCslName('A.A.A.K. Devi')).toEqual({ family: 'Devi', given: 'A.A.A.K.' });
    expect(toCslName('Alfajri')).toEqual({ family: 'Alfajri' });
    expect(toCslName('Saragih,  Eriston ')).toEqual({ family: 'Saragih', given: 'Eriston' });
  });

  it('maps a journal article with venue, volume, issue and year', () => {
    expect(studyToCsl(STUDIES[0]!, 'http://localhost/studies/001')).toEqual({
      id: STUDIES[0]!.id,
      type: 'article-journal',
      title: STUDIES[0]!.title,
      language: 'id',
      author: [
        { family: 'Devi', given: 'A.A.A.K.' },
        { family: 'Priadarsini', given: 'N.W.R.' },
        { family: 'Resen', given: 'P.T.K.' },
      ],
      issued: { 'date-parts': [[2024]] },
      'container-title': 'DIKSHI',
      volume: '3',
      issue: '2',
      abstract: 'Penelitian ini menganalisis peran IJM.',
      URL: 'http://localhost/studies/001',
    });
  });

  it('carries the DOI a harvested study states', () => {
    expect(studyToCsl({ ...STUDIES[0]!, doi: '10.5555/jhi.3' })).toMatchObject({ DOI: '10.5555/jhi.3' });
    expect(studyToCsl(STUDIES[0]!)).not.toHaveProperty('DOI');
  });

  it('maps a thesis abstract to a thesis published by its institution, without inventing a year', () => {
    const item = studyToCsl(STUDIES[1]!);
    expect(item).toMatchObject({ type: 'thesis', publisher: 'Universitas Contoh' });
    expect(item).not.toHaveProperty('issued');
  });

  it('emits only schema-valid items, whatever the kind', () => {
    for (const kind of [
      'journal-article',
      'thesis',
      'thesis-abstract',
      'conference-paper',
      'report',
      'unknown',
      'new-kind',
    ]) {
      expect(cslItemSchema.safeParse(studyToCsl(listStudy({ id: kind, kind, title: 'T' }))).success).toBe(
        true,
      );
    }
  });
});
