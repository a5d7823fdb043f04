import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '@/lib/harvest/oai-client';
import type { DublinCore } from '@/lib/harvest/oai-dc-record';
import { displayName, identifiersOf, kindOf, venueOf, yearOf } from '@/lib/harvest/record-fields';
import { doiOf } from '@/lib/ingest/doi';
import {
  normaliseLang,
  splitDescription,
  subjectsByLanguage,
  titlesByLanguage,
} from '@/lib/harvest/record-languages';
import { sourceKeyOf } from '@/lib/harvest/harvest-sources';
import { statedDoi } from '@/lib/ingest/doi';
import { inGranularity } from '@/lib/harvest/identify';

const values = (...texts: string[]) => texts.map((value) => ({ value, lang: null }));
const dc = (fields: Partial<DublinCore>): DublinCore => ({
  title: [],
  creator: [],
  subject: [],
  description: [],
  publisher: [],
  contributor: [],
  date: [],
  type: [],
  format: [],
  identifier: [],
  source: [],
  language: [],
  relation: [],
  coverage: [],
  rights: [],
  ...fields,
});

const ID_ABSTRACT =
  'Penelitian ini menganalisis peran organisasi internasional dalam penanganan pengungsi di Indonesia. ' +
  'Dengan pendekatan kualitatif, penelitian ini menemukan bahwa kerja sama dengan pemerintah daerah masih terbatas.';
const EN_ABSTRACT =
  'This research analyses the role of international organisations in handling refugees in Indonesia. ' +
  'Using a qualitative approach, it finds that cooperation with local governments remains limited.';

describe('the fields of a record', () => {
  it('finds the DOI however it is written, and the landing page that is not a file', () => {
    expect(doiOf('https://doi.org/10.1234/jhi.v1i2.33.')).toBe('10.1234/jhi.v1i2.33');
    expect(doiOf('doi:10.5555/abc')).toBe('10.5555/abc');
    expect(
      identifiersOf(
        dc({
          identifier: values(
            'https://j.example/article/download/3/9.pdf',
            'https://j.example/article/view/3',
            '10.1234/x',
          ),
        }),
      ),
    ).toEqual({ doi: '10.1234/x', url: 'https://j.example/article/view/3' });
  });

  it('takes the issue year, not a repository stamp with a time of day', () => {
    expect(yearOf(dc({ date: values('2024-03-01T10:00:00Z', '2024-03-01T10:00:00Z', '2019') }))).toBe(2019);
    expect(yearOf(dc({ date: values('2021-06-30') }))).toBe(2021);
    expect(yearOf(dc({ date: values('n.d.') }))).toBeNull();
  });

  it('reads venue, volume and issue from an OJS source, skipping the ISSN', () => {
    expect(venueOf(dc({ source: values('2503-1234', 'Jurnal HI; Vol 10 No 2 (2021); 1-20') }))).toEqual({
      venue: 'Jurnal HI',
      volume: '10',
      issue: '2',
    });
    expect(venueOf(dc({ publisher: values('Universitas Contoh') })).venue).toBe('Universitas Contoh');
  });

  it('maps dc:type to a kind of document', () => {
    expect(kindOf(dc({ type: values('info:eu-repo/semantics/article') }))?.kind).toBe('journal-article');
    expect(kindOf(dc({ type: values('Text', 'Skripsi') }))?.kind).toBe('thesis');
    expect(kindOf(dc({ type: values('Text') }))).toBeNull();
  });

  it('writes "Family, Given" as "Given Family"', () => {
    expect(displayName('Santoso, Budi')).toBe('Budi Santoso');
    expect(displayName('Budi Santoso')).toBe('Budi Santoso');
  });
});

describe('the languages of a record', () => {
  it('normalises the tags repositories write', () => {
    expect(['id', 'id-ID', 'in', 'ind', 'en_US', 'eng', 'fr'].map(normaliseLang)).toEqual([
      'id',
      'id',
      'id',
      'id',
      'en',
      'en',
      null,
    ]);
  });

  it('splits both abstracts pasted into one field, and drops their labels', () => {
    const parts = splitDescription({
      value: `Abstrak: ${ID_ABSTRACT}\n\nAbstract: ${EN_ABSTRACT}`,
      lang: null,
    });
    expect(parts).toEqual([
      { lang: 'id', text: ID_ABSTRACT },
      { lang: 'en', text: EN_ABSTRACT },
    ]);
  });

  it('trusts a stated language unless the text plainly reads as the other', () => {
    expect(splitDescription({ value: EN_ABSTRACT, lang: 'en-US' })).toEqual([
      { lang: 'en', text: EN_ABSTRACT },
    ]);
    expect(splitDescription({ value: EN_ABSTRACT, lang: 'id' })).toEqual([{ lang: 'en', text: EN_ABSTRACT }]);
  });

  it('tells titles apart by language, and splits a title written in both', () => {
    expect(
      titlesByLanguage(
        values('Peran UNHCR dalam Penanganan Pengungsi', 'The Role of UNHCR in Handling Refugees'),
      ),
    ).toEqual({ id: 'Peran UNHCR dalam Penanganan Pengungsi', en: 'The Role of UNHCR in Handling Refugees' });
    expect(
      titlesByLanguage(
        values('Diplomasi Budaya Indonesia di Korea Selatan / Indonesian Cultural Diplomacy in South Korea'),
      ),
    ).toEqual({
      id: 'Diplomasi Budaya Indonesia di Korea Selatan',
      en: 'Indonesian Cultural Diplomacy in South Korea',
    });
  });

  it('splits subjects into keywords of their language', () => {
    expect(
      subjectsByLanguage(
        [
          { value: 'pengungsi; kerja sama', lang: 'id' },
          { value: 'refugees, cooperation', lang: 'en' },
        ],
        'id',
      ),
    ).toEqual({ id: ['pengungsi', 'kerja sama'], en: ['refugees', 'cooperation'] });
  });
});

describe('talking to a source', () => {
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString(), Date.now())).toBeGreaterThan(3000);
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('names a source from its address and set', () => {
    expect(sourceKeyOf({ url: 'https://jurnal.example.ac.id/index.php/jhi/oai', set: 'jhi:ART' })).toBe(
      'jurnal-example-ac-id-jhi-jhi-art',
    );
    expect(sourceKeyOf({ url: 'https://repo.example.ac.id/server/oai/request', key: 'repo' })).toBe('repo');
  });

  it('writes "from" in the granularity the source asks for', () => {
    expect(inGranularity('2026-12-01T10:00:00Z', 'YYYY-MM-DD')).toBe('2026-12-01');
    expect(inGranularity('2026-12-01', 'YYYY-MM-DDThh:mm:ssZ')).toBe('2026-12-01T00:00:00Z');
  });
});

describe('the DOI a file states for itself', () => {
  it('takes a labelled or linked DOI from the header, never one from further down', () => {
    const header = 'Jurnal HI Vol. 3 No. 2\nDOI: 10.5555/jhi.v3i2.7.\nPeran IOM di Indonesia\n\nAbstrak';
    expect(statedDoi(header, header.length)).toBe('10.5555/jhi.v3i2.7');
    expect(statedDoi('Judul\n\nAbstrak ... https://doi.org/10.1234/ref.1', 6)).toBeNull();
    expect(statedDoi('Judul 10.1234/bare.2 tanpa label', 100)).toBeNull();
  });
});
