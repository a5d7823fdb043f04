// ListStudy values for unit tests of citations and exports, shaped like the seed corpus.
import type { ListStudy, SharedReadingList } from '@/lib/reading-lists/types';

export function listStudy(overrides: Partial<ListStudy> & { id: string }): ListStudy {
  return {
    title: 'Untitled',
    titleLanguage: 'id',
    titleDerived: false,
    kind: 'journal-article',
    languages: ['id', 'en'],
    year: null,
    authors: [],
    organisations: [],
    countries: [],
    frameworks: [],
    period: null,
    titles: { id: null, en: null },
    abstracts: { id: null, en: null },
    venue: null,
    volume: null,
    issue: null,
    affiliation: null,
    ...overrides,
  };
}

export const STUDIES: ListStudy[] = [
  listStudy({
    id: '001_35e5132b2f9dd7c4',
    title:
      'Peran International Justice Missions (IJM) dalam menangani kasus Online Sexual Exploitation of Children (OSEC) di Filipina 2010-2019',
    year: 2024,
    authors: ['A.A.A.K. Devi', 'N.W.R. Priadarsini', 'P.T.K. Resen'],
    venue: 'DIKSHI',
    volume: '3',
    issue: '2',
    abstracts: {
      id: 'Penelitian ini menganalisis peran IJM.',
      en: 'This research analyses the role of IJM.',
    },
  }),
  listStudy({
    id: '003_46d0c4582f3a856d',
    kind: 'thesis-abstract',
    title:
      'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
    authors: ['Nurul Aida Amalia'],
    affiliation: 'Universitas Contoh',
  }),
  listStudy({
    id: '004_ee0b6ec72090fab7',
    title:
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    year: 2023,
    authors: ['Eriston Saragih', 'Alfajri'],
    abstracts: { id: null, en: 'Human trafficking is a\ntransnational crime & a "hard" <case>.' },
  }),
];

export function sharedList(studies: ListStudy[] = STUDIES, language: 'en' | 'id' = 'en'): SharedReadingList {
  return {
    title: 'HI 301: International organisations & trafficking',
    course: 'HI 301',
    description: 'Readings for weeks 1-2.',
    language,
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    sections: [
      {
        id: 1,
        title: 'Week 1',
        items: studies.map((study, index) => ({
          id: index + 1,
          studyId: study.id,
          importance: index === 0 ? 'essential' : 'further',
          note: index === 0 ? 'Read the findings first.' : null,
          question: index === 0 ? 'Which TAN mechanism mattered most?' : null,
          study,
        })),
      },
    ],
  };
}
