// Invented study topics for the OAI-PMH fixtures: each names organisations, countries and frameworks by surface
// forms that Telaah's vocabularies (lib/vocabulary/data) hold, so a classifier run on a fixture finds the keys the
// record says it names. The wording avoids other vocabulary aliases ("PBB", "diplomasi", "non-state actors", ...) so
// the expected keys are the whole truth.

export interface Named {
  key: string;
  id: string[]; // Indonesian surface forms, any of which the vocabulary matches
  en: string[];
}

export interface Topic {
  issueId: string; // lower case, no article: it goes mid-sentence
  issueEn: string;
  keywordsId: string[];
  keywordsEn: string[];
  organisations: Named[];
  countries: Named[]; // the first is the home country of the study
  issueCountries?: string[]; // countries the issue's own words stand for ("Rohingya" is read as Myanmar)
  frameworks: Named[];
}

const org = (key: string, id: string[], en: string[] = id): Named => ({ key, id, en });
const country = (key: string, id: string, en: string = id): Named => ({ key, id: [id], en: [en] });
const lens = (key: string, id: string, en: string): Named => ({ key, id: [id], en: [en] });

const IOM = org(
  'iom',
  ['IOM', 'Organisasi Internasional untuk Migrasi (IOM)'],
  ['IOM', 'the International Organization for Migration (IOM)'],
);
const UNHCR = org('unhcr', ['UNHCR'], ['UNHCR', 'the UN Refugee Agency (UNHCR)']);
const UNODC = org('unodc', ['UNODC'], ['UNODC', 'the United Nations Office on Drugs and Crime']);
const ILO = org(
  'ilo',
  ['ILO', 'Organisasi Perburuhan Internasional (ILO)'],
  ['ILO', 'the International Labour Organization'],
);
const ASEAN = org('asean', ['ASEAN'], ['ASEAN']);
const ECPAT = org('ecpat', ['ECPAT', 'ECPAT Indonesia'], ['ECPAT', 'ECPAT International']);
const UNICEF = org('unicef', ['UNICEF'], ['UNICEF']);
const MIGRANT_CARE = org('migrant-care', ['Migrant CARE'], ['Migrant CARE']);
const UNESCO = org('unesco', ['UNESCO'], ['UNESCO']);

const INDONESIA = country('id', 'Indonesia');
const MALAYSIA = country('my', 'Malaysia');
const SAUDI = country('sa', 'Arab Saudi', 'Saudi Arabia');
const MYANMAR = country('mm', 'Myanmar');
const THAILAND = country('th', 'Thailand');
const PHILIPPINES = country('ph', 'Filipina', 'the Philippines');
const AUSTRALIA = country('au', 'Australia');
const VIETNAM = country('vn', 'Vietnam');
const KOREA = country('kr', 'Korea Selatan', 'South Korea');
const JAPAN = country('jp', 'Jepang', 'Japan');
const CAMBODIA = country('kh', 'Kamboja', 'Cambodia');

const HUMAN_SECURITY = lens('human-security', 'konsep keamanan manusia', 'the concept of human security');
const TRANSNATIONAL_CRIME = lens(
  'transnational-crime',
  'konsep kejahatan transnasional',
  'the concept of transnational crime',
);
const SECURITISATION = lens('securitisation', 'teori sekuritisasi', 'securitization theory');
const CONSTRUCTIVISM = lens('constructivism', 'perspektif konstruktivisme', 'a constructivist perspective');
const REGIME = lens(
  'international-regime',
  'konsep rezim internasional',
  'the concept of an international regime',
);
const TAN = lens(
  'transnational-advocacy-networks',
  'konsep jaringan advokasi transnasional',
  'the transnational advocacy network concept',
);
const MARITIME = lens('maritime-security', 'konsep keamanan maritim', 'the concept of maritime security');
const NATIONAL_INTEREST = lens(
  'national-interest',
  'konsep kepentingan nasional',
  'the concept of national interest',
);
const COOPERATION = lens(
  'international-cooperation',
  'konsep kerja sama internasional',
  'the concept of international cooperation',
);
const MIGRATION_GOVERNANCE = lens(
  'migration-governance',
  'konsep tata kelola migrasi',
  'the concept of migration governance',
);
const SOFT_POWER = lens('soft-power', 'konsep soft power', 'the concept of soft power');
const TRAFFICKING = lens(
  'human-trafficking',
  'konsep perdagangan orang',
  'the concept of trafficking in persons',
);

export const TOPICS: readonly Topic[] = [
  {
    issueId: 'perdagangan perempuan pekerja migran',
    issueEn: 'trafficking of women migrant workers',
    keywordsId: ['perdagangan orang', 'pekerja migran perempuan', 'perlindungan korban'],
    keywordsEn: ['trafficking in persons', 'women migrant workers', 'victim protection'],
    organisations: [IOM, UNODC, MIGRANT_CARE],
    countries: [INDONESIA, MALAYSIA, SAUDI],
    frameworks: [HUMAN_SECURITY, TRANSNATIONAL_CRIME, TRAFFICKING],
  },
  {
    issueId: 'krisis pengungsi Rohingya',
    issueEn: 'the Rohingya refugee crisis',
    keywordsId: ['pengungsi', 'Rohingya', 'suaka'],
    keywordsEn: ['refugees', 'Rohingya', 'asylum'],
    organisations: [UNHCR, IOM, ASEAN],
    countries: [INDONESIA, MYANMAR, THAILAND],
    issueCountries: ['mm'],
    frameworks: [HUMAN_SECURITY, SECURITISATION, REGIME],
  },
  {
    issueId: 'eksploitasi seksual anak secara daring',
    issueEn: 'online sexual exploitation of children',
    keywordsId: ['perlindungan anak', 'eksploitasi daring', 'advokasi'],
    keywordsEn: ['child protection', 'online exploitation', 'advocacy'],
    organisations: [ECPAT, UNICEF],
    countries: [INDONESIA, PHILIPPINES, AUSTRALIA],
    frameworks: [TAN, TRANSNATIONAL_CRIME, CONSTRUCTIVISM],
  },
  {
    issueId: 'penangkapan ikan ilegal',
    issueEn: 'illegal fishing',
    keywordsId: ['perikanan', 'perbatasan laut', 'penegakan hukum'],
    keywordsEn: ['fisheries', 'sea borders', 'law enforcement'],
    organisations: [ASEAN, UNODC],
    countries: [INDONESIA, VIETNAM, MALAYSIA],
    frameworks: [MARITIME, NATIONAL_INTEREST, SECURITISATION],
  },
  {
    issueId: 'perlindungan pekerja migran',
    issueEn: 'the protection of migrant workers',
    keywordsId: ['pekerja migran', 'perlindungan', 'kawasan'],
    keywordsEn: ['migrant workers', 'protection', 'region'],
    organisations: [ILO, IOM, MIGRANT_CARE, ASEAN],
    countries: [INDONESIA, MALAYSIA, SAUDI],
    frameworks: [COOPERATION, MIGRATION_GOVERNANCE, NATIONAL_INTEREST],
  },
  {
    issueId: 'penyebaran budaya populer',
    issueEn: 'the spread of popular culture',
    keywordsId: ['budaya populer', 'citra negara', 'industri kreatif'],
    keywordsEn: ['popular culture', 'national image', 'creative industries'],
    organisations: [UNESCO, ASEAN],
    countries: [INDONESIA, KOREA, JAPAN],
    frameworks: [SOFT_POWER, CONSTRUCTIVISM],
  },
  {
    issueId: 'penipuan daring yang memperdaya pencari kerja',
    issueEn: 'online scams that lure job seekers',
    keywordsId: ['penipuan daring', 'pencari kerja', 'kerja paksa'],
    keywordsEn: ['online scams', 'job seekers', 'forced labour'],
    organisations: [UNODC, IOM, ASEAN],
    countries: [INDONESIA, CAMBODIA, MYANMAR],
    frameworks: [TRAFFICKING, TRANSNATIONAL_CRIME, COOPERATION],
  },
];

export const GIVEN_NAMES = [
  'Ayu',
  'Bima',
  'Citra',
  'Dimas',
  'Eka',
  'Fajar',
  'Gita',
  'Hendra',
  'Intan',
  'Joko',
  'Kartika',
  'Lestari',
  'Maya',
  'Nanda',
  'Putri',
  'Rizky',
  'Sari',
  'Teguh',
  'Wulan',
  'Yusuf',
];
export const FAMILY_NAMES = [
  'Pratama',
  'Wibowo',
  'Hidayat',
  'Kusuma',
  'Saputra',
  'Rahmawati',
  'Nugroho',
  'Lubis',
  'Siregar',
  'Manurung',
  'Sitompul',
  'Halim',
  'Tanjung',
  'Wijaya',
  'Pohan',
  'Ramadhani',
];
