// Four studies modelled on the corpus (000, 001, 003, 004) and a small glossary, shared by the search unit
// tests and the benchmark's sanity check.
import type { GlossaryEntry, IndexableStudy } from '../../lib/search/types';

type Facets = IndexableStudy['facets'];
function study(id: string, s: Omit<IndexableStudy, 'id' | 'display'>): IndexableStudy {
  return {
    id,
    ...s,
    display: { title: s.title.en ?? s.title.id ?? id, organisations: s.facets.organisation },
  };
}
const facets = (f: Partial<Facets>): Facets => ({
  organisation: [],
  country: [],
  framework: [],
  kind: 'journal-article',
  language: ['id', 'en'],
  year: null,
  period: null,
  ...f,
});

export const fixtureStudies: IndexableStudy[] = [
  study('000', {
    title: {
      id: 'Pengaruh International Justice Mission (IJM) dalam Memerangi Perdagangan Manusia di Filipina',
      en: 'The Influence of International Justice Mission (IJM) in Combating Human Trafficking in the Philippines',
    },
    abstract: {
      id: 'Pengaruh IJM dalam memerangi perdagangan manusia di Filipina, khususnya terkait kasus Online Sexual Exploitation of Children (OSEC), menggambarkan peran aktor non-negara dalam tata kelola global. Filipina mempertahankan peringkat TIER 1 dalam Trafficking in Persons (TIP). Penelitian ini memanfaatkan kerangka teori Organisasi Internasional dan Jaringan Advokasi Transnasional (TAN) melalui pembingkaian isu dan penetapan agenda.',
      en: "The International Justice Mission's (IJM) influence in combating human trafficking in the Philippines, particularly Online Sexual Exploitation of Children (OSEC), illustrates how non-state actors matter in global governance. This study uses the theoretical framework of International Organizations and Transnational Advocacy Networks (TAN): issue framing and agenda setting, influence on institutional procedures, and influence on policy change.",
    },
    keywords: {
      id: ['IJM', 'Filipina', 'Jaringan Advokasi Transnasional', 'TIER 1'],
      en: ['IJM', 'Philippines', 'Transnational Advocacy Networks', 'TIER 1'],
    },
    sections: [
      {
        heading: 'PENDAHULUAN',
        language: 'id',
        text: 'Keck dan Sikkink menjelaskan bahwa jaringan advokasi transnasional bekerja melalui politik informasi, politik simbolik, politik pengaruh dan politik akuntabilitas. IJM bekerja sama dengan pemerintah Filipina.',
      },
    ],
    facets: facets({
      organisation: ['ijm'],
      country: ['ph'],
      framework: ['transnational-advocacy-networks', 'international-organisation'],
      year: 2024,
      period: { from: 2016, to: 2023 },
    }),
  }),
  study('001', {
    title: {
      id: 'Peran International Justice Mission (IJM) dalam Menangani Kasus Online Sexual Exploitation of Children (OSEC) di Filipina Tahun 2010-2019',
      en: 'The Role of International Justice Mission (IJM) in Handling Online Sexual Exploitation of Children (OSEC) in the Philippines 2010-2019',
    },
    abstract: {
      id: 'Penelitian ini bertujuan untuk menganalisis peran IJM dalam menangani kasus OSEC yang terjadi di Filipina menggunakan kerangka konseptual Cybercrime dan konsep Civil Society Organizations (CSOs): educator, counterpart, dan agenda setter dengan menjadikan kasus OSEC sebagai agenda penting di Filipina.',
      en: 'This study aims to analyse the role of IJM in handling OSEC in the Philippines. Civil Society Organizations (CSOs) act as an educator, a counterpart by collaborating with the government, and an agenda setter by setting OSEC as an important agenda for the government.',
    },
    keywords: {
      id: ['CSOs', 'Cybercrime', 'Filipina', 'IJM', 'OSEC'],
      en: ['CSOs', 'Cybercrime', 'Philippines', 'IJM', 'OSEC'],
    },
    sections: [
      {
        heading: 'BAB I PENDAHULUAN',
        language: 'id',
        text: 'OSEC merupakan bentuk baru perdagangan manusia yang memanfaatkan internet. Korban anak dieksploitasi melalui siaran langsung.',
      },
    ],
    facets: facets({
      organisation: ['ijm'],
      country: ['ph'],
      framework: ['civil-society-organisations', 'cybercrime'],
      kind: 'thesis-abstract',
      year: 2021,
      period: { from: 2010, to: 2019 },
    }),
  }),
  study('003', {
    title: {
      id: 'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
      en: "International Organization for Migration's Efforts in Handling Human Trafficking in Indonesia in 2023-2024",
    },
    abstract: {
      id: 'Perdagangan manusia merupakan salah satu permasalahan global yang kompleks. Penelitian ini menganalisis upaya IOM dalam menangani perdagangan manusia di Indonesia pada periode 2023-2024, dengan konsep human trafficking dan konsep peran organisasi internasional. IOM memberikan bantuan langsung kepada korban dan pelatihan bagi aparat penegak hukum.',
      en: 'Human trafficking is a complex global issue. This study analyses the efforts of the International Organization for Migration (IOM) in combating human trafficking in Indonesia during 2023-2024.',
    },
    keywords: {
      id: ['Perdagangan manusia', 'IOM', 'Indonesia', 'penanganan'],
      en: ['Human trafficking', 'IOM', 'Indonesia', 'handling'],
    },
    sections: [
      {
        heading: 'PEMBAHASAN',
        language: 'id',
        text: 'Penanganan korban TPPO dilakukan bersama Kementerian Pemberdayaan Perempuan dan Perlindungan Anak.',
      },
    ],
    facets: facets({
      organisation: ['iom'],
      country: ['id'],
      framework: ['international-organisation'],
      kind: 'thesis-abstract',
      year: 2025,
      period: { from: 2023, to: 2024 },
    }),
  }),
  study('004', {
    title: {
      id: 'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    },
    abstract: {
      en: "This research discusses the efforts of IOM in handling Human Trafficking cases in Indonesia from 2017 to 2022. This discussion uses Clive Archer's concept of international organizations as Instruments, Arenas, and Actors.",
      id: 'Penelitian ini membahas upaya IOM dalam menangani kasus Human Trafficking di Indonesia dari tahun 2017 hingga 2022. Maraknya perdagangan manusia di Indonesia merupakan contoh kejahatan transnasional.',
    },
    keywords: { id: [], en: ['IOM', 'Human Trafficking', 'Indonesia'] },
    sections: [
      {
        heading: 'KERANGKA TEORI',
        language: 'id',
        text: 'Menurut Clive Archer, organisasi internasional berperan sebagai instrumen, arena, dan aktor.',
      },
    ],
    facets: facets({
      organisation: ['iom'],
      country: ['id'],
      framework: ['international-organisation'],
      year: 2023,
      period: { from: 2017, to: 2022 },
    }),
  }),
];

export const fixtureGlossary: GlossaryEntry[] = [
  {
    en: ['human trafficking', 'trafficking in persons', 'TIP'],
    id: ['perdagangan manusia', 'perdagangan orang', 'TPPO'],
  },
  { en: ['Philippines'], id: ['Filipina'] },
  { en: ['transnational advocacy networks', 'TAN'], id: ['jaringan advokasi transnasional'] },
  { en: ['international organization', 'international organisation'], id: ['organisasi internasional'] },
  {
    en: ['child sexual exploitation', 'online sexual exploitation of children', 'OSEC'],
    id: ['eksploitasi seksual anak'],
  },
  { en: ['civil society organizations', 'CSO'], id: ['organisasi masyarakat sipil'] },
];
