// National agencies that studies of trafficking name as partners or counterparts. Sub-units (the PNP's Women and
// Children Protection Center, the NBI's anti-trafficking division, Polri's Bareskrim) are aliases of their parent:
// readers browse by institution, and the unit names only ever appear next to it.
import { indonesianOrganisations } from './organisations-indonesia';
import type { Organisation } from './types';

const philippines: Organisation[] = [
  {
    key: 'ph-dswd',
    name: {
      en: 'Department of Social Welfare and Development (Philippines)',
      id: 'Departemen Kesejahteraan Sosial dan Pembangunan Filipina',
    },
    acronym: 'DSWD',
    kind: 'government',
    country: 'ph',
    aliases: ['Department of Social Welfare and Development'],
  },
  {
    key: 'ph-doj',
    name: { en: 'Department of Justice (Philippines)', id: 'Departemen Kehakiman Filipina' },
    acronym: 'DOJ',
    kind: 'government',
    country: 'ph',
    // "Department of Justice" alone is taken as the Philippine one: the US department is written with "US" before it.
    aliases: ['Department of Justice', 'Philippine Department of Justice', 'DOJ Filipina'],
  },
  {
    key: 'ph-dole',
    name: {
      en: 'Department of Labor and Employment (Philippines)',
      id: 'Departemen Tenaga Kerja dan Ketenagakerjaan Filipina',
    },
    acronym: 'DOLE',
    kind: 'government',
    country: 'ph',
    aliases: ['Department of Labor and Employment', 'Department of Labour and Employment'],
  },
  {
    key: 'ph-pnp',
    name: { en: 'Philippine National Police', id: 'Kepolisian Nasional Filipina' },
    acronym: 'PNP',
    kind: 'government',
    country: 'ph',
    aliases: [
      'Philippines National Police',
      'Women and Children Protection Center',
      'Woman and Children Protection Center',
      'WCPC',
      'PNP-WCPC',
      'Regional Anti-Human Trafficking Special Operation Group',
      'RAHTSOG',
      'PNP RAHTSOG',
    ],
  },
  {
    key: 'ph-nbi',
    name: { en: 'National Bureau of Investigation (Philippines)', id: 'Biro Investigasi Nasional Filipina' },
    acronym: 'NBI',
    kind: 'government',
    country: 'ph',
    aliases: ['National Bureau of Investigation', 'Anti-Human Trafficking Division', 'AHTRAD', 'NBI-AHTRAD'],
  },
  {
    key: 'ph-iacat',
    name: {
      en: 'Inter-Agency Council Against Trafficking',
      id: 'Dewan Antar-Lembaga Melawan Perdagangan Orang Filipina',
    },
    acronym: 'IACAT',
    kind: 'government',
    country: 'ph',
    aliases: ['Inter Agency Council Against Trafficking', 'Interagency Council Against Trafficking'],
  },
  {
    key: 'ph-amlc',
    name: { en: 'Anti-Money Laundering Council (Philippines)', id: 'Dewan Anti Pencucian Uang Filipina' },
    acronym: 'AMLC',
    kind: 'government',
    country: 'ph',
    aliases: ['Anti-Money Laundering Council', 'AMLC Philippines'],
  },
];

const others: Organisation[] = [
  {
    key: 'us-department-of-state',
    name: { en: 'United States Department of State', id: 'Departemen Luar Negeri Amerika Serikat' },
    kind: 'government',
    country: 'us',
    aliases: [
      'US Department of State',
      'U.S. Department of State',
      'Department of State',
      'State Department',
      'Departemen Luar Negeri AS',
      'Kementerian Luar Negeri Amerika Serikat',
      'Kementerian Luar Negeri AS',
      'Deplu AS',
      'Kemlu AS',
    ],
  },
  {
    key: 'inl',
    name: {
      en: 'Bureau of International Narcotics and Law Enforcement Affairs',
      id: 'Biro Urusan Narkotika Internasional dan Penegakan Hukum AS',
    },
    acronym: 'INL',
    kind: 'government',
    country: 'us',
    aliases: [],
  },
  {
    key: 'ncmec',
    name: {
      en: 'National Center for Missing & Exploited Children',
      id: 'Pusat Nasional untuk Anak Hilang dan Tereksploitasi',
    },
    acronym: 'NCMEC',
    kind: 'ngo',
    country: 'us',
    aliases: [
      'National Center for Missing and Exploited Children',
      'National Center for Missing Exploited Children',
      'NCMEC CyberTipline',
      'CyberTipline',
    ],
  },
  {
    key: 'usaid',
    name: {
      en: 'United States Agency for International Development',
      id: 'Badan Pembangunan Internasional Amerika Serikat',
    },
    acronym: 'USAID',
    kind: 'government',
    country: 'us',
    aliases: ['US Agency for International Development'],
  },
  {
    key: 'fbi',
    name: { en: 'Federal Bureau of Investigation', id: 'Biro Investigasi Federal' },
    acronym: 'FBI',
    kind: 'government',
    country: 'us',
    aliases: [],
  },
  {
    key: 'au-home-affairs',
    name: { en: 'Australian Department of Home Affairs', id: 'Departemen Dalam Negeri Australia' },
    kind: 'government',
    country: 'au',
    aliases: ['Department of Home Affairs', 'Departemen Dalam Negeri Pemerintah Australia'],
  },
];

export const nationalOrganisations: Organisation[] = [...philippines, ...indonesianOrganisations, ...others];
