import { describe, expect, it } from 'vitest';
import { highwireMeta } from '@/lib/citation/highwire-meta';
import { listStudy, STUDIES } from '../helpers/list-study';

const BASE = 'https://telaah.example.ac.id';
const pdf = { href: '/studies/t/original', mediaType: 'application/pdf', fileName: 't.pdf' };

describe('Highwire citation_* meta tags', () => {
  it('describe a journal article: one citation_author per author, journal, volume, issue, page URL', () => {
    const tags = highwireMeta({ ...STUDIES[0]!, original: null }, BASE);
    expect(tags).toEqual({
      citation_title: STUDIES[0]!.title,
      citation_author: ['Devi, A.A.A.K.', 'Priadarsini, N.W.R.', 'Resen, P.T.K.'],
      citation_publication_date: '2024',
      citation_date: '2024',
      citation_journal_title: 'DIKSHI',
      citation_volume: '3',
      citation_issue: '2',
      citation_language: 'id',
      citation_abstract_html_url: `${BASE}/studies/${STUDIES[0]!.id}`,
    });
  });

  it('describe a thesis by its institution, and point at its original PDF', () => {
    const thesis = listStudy({
      id: 't',
      kind: 'thesis',
      title: 'Upaya IOM',
      authors: ['Nurul Aida Amalia'],
      affiliation: 'Universitas Contoh',
    });
    const tags = highwireMeta({ ...thesis, original: pdf }, BASE);
    expect(tags).toMatchObject({
      citation_dissertation_institution: 'Universitas Contoh',
      citation_pdf_url: `${BASE}/studies/t/original`,
    });
    expect(tags).not.toHaveProperty('citation_journal_title');
    expect(tags).not.toHaveProperty('citation_publication_date');
  });

  it('write no absolute URL when the public address is unknown', () => {
    const tags = highwireMeta({ ...listStudy({ id: 't', title: 'T' }), original: pdf }, null);
    expect(tags).not.toHaveProperty('citation_pdf_url');
    expect(tags).not.toHaveProperty('citation_abstract_html_url');
  });
});
