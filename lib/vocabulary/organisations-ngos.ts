// Non-governmental organisations, international and local, active against trafficking and for human rights.
import type { Organisation } from './types';

export const nonGovernmentalOrganisations: Organisation[] = [
  {
    key: 'ijm',
    name: { en: 'International Justice Mission', id: 'Misi Keadilan Internasional' },
    acronym: 'IJM',
    kind: 'ingo',
    // The plural form is a frequent slip in Indonesian theses; it names the same body.
    aliases: ['International Justice Missions'],
  },
  {
    key: 'world-vision',
    name: { en: 'World Vision', id: 'Wahana Visi' },
    kind: 'ingo',
    aliases: ['World Vision International', 'World Vision Development Foundation', 'Wahana Visi Indonesia'],
  },
  {
    key: 'save-the-children',
    name: { en: 'Save the Children', id: 'Save the Children' },
    kind: 'ingo',
    aliases: ['Save the Children International', 'Yayasan Sayangi Tunas Cilik'],
  },
  {
    key: 'terre-des-hommes',
    name: { en: 'Terre des Hommes', id: 'Terre des Hommes' },
    kind: 'ingo',
    aliases: [
      'Terre des Hommes Netherlands',
      'Terre des Hommes Belanda',
      'Terre des Hommes International Federation',
    ],
  },
  {
    key: 'ecpat',
    name: { en: 'ECPAT International', id: 'ECPAT Internasional' },
    acronym: 'ECPAT',
    kind: 'ingo',
    aliases: [
      'End Child Prostitution in Asian Tourism',
      'End Child Prostitution, Child Pornography and Trafficking of Children for Sexual Purposes',
      'ECPAT Indonesia',
    ],
  },
  {
    key: 'amnesty-international',
    name: { en: 'Amnesty International', id: 'Amnesti Internasional' },
    kind: 'ingo',
    aliases: ['Amnesti Internasional Indonesia'],
  },
  {
    key: 'hrw',
    name: { en: 'Human Rights Watch', id: 'Human Rights Watch' },
    acronym: 'HRW',
    kind: 'ingo',
    aliases: [],
  },
  {
    key: 'icrc',
    name: { en: 'International Committee of the Red Cross', id: 'Komite Internasional Palang Merah' },
    acronym: 'ICRC',
    kind: 'ingo',
    aliases: ['Red Cross', 'Palang Merah Internasional', 'International Red Cross'],
  },
  {
    key: 'ifrc',
    name: {
      en: 'International Federation of Red Cross and Red Crescent Societies',
      id: 'Federasi Internasional Perhimpunan Palang Merah dan Bulan Sabit Merah',
    },
    acronym: 'IFRC',
    kind: 'ingo',
    aliases: [],
  },
  {
    key: 'gaatw',
    name: {
      en: 'Global Alliance Against Traffic in Women',
      id: 'Aliansi Global Melawan Perdagangan Perempuan',
    },
    acronym: 'GAATW',
    kind: 'ingo',
    aliases: [],
  },
  {
    key: 'walk-free',
    name: { en: 'Walk Free', id: 'Walk Free' },
    kind: 'ingo',
    aliases: ['Walk Free Foundation'],
  },
  {
    key: 'polaris-project',
    name: { en: 'Polaris Project', id: 'Polaris Project' },
    kind: 'ngo',
    aliases: [],
  },
  {
    key: 'internet-watch-foundation',
    name: { en: 'Internet Watch Foundation', id: 'Internet Watch Foundation' },
    acronym: 'IWF',
    kind: 'ngo',
    aliases: [],
  },
  {
    key: 'solidarity-center',
    name: {
      en: 'American Center for International Labor Solidarity',
      id: 'Pusat Solidaritas Buruh Internasional Amerika',
    },
    kind: 'ngo',
    aliases: ['Solidarity Center', 'ACILS'],
    country: 'us',
  },
  {
    key: 'migrant-care',
    name: { en: 'Migrant CARE', id: 'Migrant CARE' },
    kind: 'ngo',
    aliases: ['Migrant Care'],
    country: 'id',
  },
  {
    key: 'visayan-forum',
    name: {
      en: 'Voice of the Free (formerly Visayan Forum Foundation)',
      id: 'Voice of the Free (dahulu Visayan Forum Foundation)',
    },
    kind: 'ngo',
    aliases: ['Voice of the Free', 'Visayan Forum', 'Visayan Forum Foundation'],
    country: 'ph',
  },
  {
    key: 'child-rights-network-ph',
    name: { en: 'Child Rights Network Philippines', id: 'Jaringan Hak Anak Filipina' },
    kind: 'ngo',
    aliases: ['Child Rights Network'],
    country: 'ph',
  },
];
