// Countries that Indonesian IR studies name: ASEAN, the main origin/destination countries of trafficking and labour
// migration, and the major powers. Keys are ISO 3166-1 alpha-2 codes in lower case (public: used in URLs).
// Regions ("Timur Tengah", "Asia Tenggara") are deliberately absent: they are not countries.
import type { Country } from './types';

type Row = [key: string, en: string, id: string, region: string, aliases?: string[]];

const SEA = 'Southeast Asia';
const EA = 'East Asia';
const SA = 'South Asia';
const ME = 'Middle East';
const EU = 'Europe';
const AM = 'Americas';
const OC = 'Oceania';
const AF = 'Africa';

const rows: Row[] = [
  // ASEAN members and Timor-Leste
  ['id', 'Indonesia', 'Indonesia', SEA, ['Republic of Indonesia', 'Republik Indonesia', 'NKRI']],
  [
    'ph',
    'Philippines',
    'Filipina',
    SEA,
    ['Republic of the Philippines', 'Republik Filipina', 'Pilipinas', 'Philipina', 'Pilipina'],
  ],
  ['my', 'Malaysia', 'Malaysia', SEA, ['Semenanjung Malaysia', 'Malaysia Timur']],
  ['sg', 'Singapore', 'Singapura', SEA, ['Republic of Singapore']],
  ['th', 'Thailand', 'Thailand', SEA, ['Muangthai', 'Kingdom of Thailand']],
  ['vn', 'Vietnam', 'Vietnam', SEA, ['Viet Nam']],
  ['kh', 'Cambodia', 'Kamboja', SEA, ['Kingdom of Cambodia']],
  [
    'la',
    'Laos',
    'Laos',
    SEA,
    ["Lao People's Democratic Republic", 'Lao PDR', 'Republik Demokratik Rakyat Laos'],
  ],
  ['mm', 'Myanmar', 'Myanmar', SEA, ['Burma', 'Birma']],
  ['bn', 'Brunei Darussalam', 'Brunei Darussalam', SEA, ['Brunei']],
  ['tl', 'Timor-Leste', 'Timor Leste', SEA, ['East Timor', 'Timor Timur']],
  // East and South Asia, Oceania
  [
    'cn',
    'China',
    'Tiongkok',
    EA,
    [
      'Cina',
      "People's Republic of China",
      'PRC',
      'Republik Rakyat Tiongkok',
      'RRT',
      'RRC',
      'Republik Rakyat Cina',
    ],
  ],
  ['jp', 'Japan', 'Jepang', EA, ['Jepun']],
  ['kr', 'South Korea', 'Korea Selatan', EA, ['Republic of Korea', 'Korsel']],
  ['kp', 'North Korea', 'Korea Utara', EA, ["Democratic People's Republic of Korea", 'DPRK', 'Korut']],
  ['tw', 'Taiwan', 'Taiwan', EA, ['Republic of China']],
  ['hk', 'Hong Kong', 'Hong Kong', EA, ['Hongkong']],
  ['mo', 'Macao', 'Makau', EA, ['Macau']],
  ['in', 'India', 'India', SA, []],
  ['pk', 'Pakistan', 'Pakistan', SA, []],
  ['bd', 'Bangladesh', 'Bangladesh', SA, []],
  ['lk', 'Sri Lanka', 'Sri Lanka', SA, []],
  ['np', 'Nepal', 'Nepal', SA, []],
  ['af', 'Afghanistan', 'Afganistan', SA, []],
  ['au', 'Australia', 'Australia', OC, ['Commonwealth of Australia']],
  ['nz', 'New Zealand', 'Selandia Baru', OC, []],
  ['pg', 'Papua New Guinea', 'Papua Nugini', OC, ['Papua Niugini']],
  ['fj', 'Fiji', 'Fiji', OC, []],
  // Middle East: the main destinations of Indonesian migrant workers
  ['sa', 'Saudi Arabia', 'Arab Saudi', ME, ['Kingdom of Saudi Arabia', 'Kerajaan Arab Saudi', 'Saudi']],
  ['ae', 'United Arab Emirates', 'Uni Emirat Arab', ME, ['UAE', 'UEA', 'Emirat Arab']],
  ['qa', 'Qatar', 'Qatar', ME, ['Katar']],
  ['kw', 'Kuwait', 'Kuwait', ME, []],
  ['om', 'Oman', 'Oman', ME, []],
  ['bh', 'Bahrain', 'Bahrain', ME, []],
  ['jo', 'Jordan', 'Yordania', ME, []],
  ['iq', 'Iraq', 'Irak', ME, []],
  ['ir', 'Iran', 'Iran', ME, []],
  ['sy', 'Syria', 'Suriah', ME, ['Syrian Arab Republic']],
  ['tr', 'Turkey', 'Turki', ME, ['Türkiye', 'Turkiye']],
  ['il', 'Israel', 'Israel', ME, []],
  ['ps', 'Palestine', 'Palestina', ME, ['State of Palestine']],
  ['ye', 'Yemen', 'Yaman', ME, []],
  ['eg', 'Egypt', 'Mesir', AF, []],
  // Big powers and other frequently named states
  [
    'us',
    'United States',
    'Amerika Serikat',
    AM,
    ['United States of America', 'USA', 'US', 'U.S.', 'AS', 'Amerika Syarikat'],
  ],
  [
    'gb',
    'United Kingdom',
    'Inggris',
    EU,
    ['Britania Raya', 'Great Britain', 'UK', 'Kerajaan Inggris', 'Kerajaan Bersatu'],
  ],
  ['ru', 'Russia', 'Rusia', EU, ['Russian Federation', 'Federasi Rusia']],
  ['fr', 'France', 'Prancis', EU, ['Perancis']],
  ['de', 'Germany', 'Jerman', EU, []],
  ['nl', 'Netherlands', 'Belanda', EU, ['Holland', 'Kingdom of the Netherlands']],
  ['se', 'Sweden', 'Swedia', EU, []],
  ['no', 'Norway', 'Norwegia', EU, []],
  ['lu', 'Luxembourg', 'Luksemburg', EU, []],
  ['ch', 'Switzerland', 'Swiss', EU, ['Swis']],
  ['ua', 'Ukraine', 'Ukraina', EU, []],
  ['it', 'Italy', 'Italia', EU, []],
  ['es', 'Spain', 'Spanyol', EU, []],
  ['ca', 'Canada', 'Kanada', AM, []],
  ['mx', 'Mexico', 'Meksiko', AM, []],
  ['br', 'Brazil', 'Brasil', AM, []],
  ['ng', 'Nigeria', 'Nigeria', AF, []],
  ['za', 'South Africa', 'Afrika Selatan', AF, []],
];

export const countries: Country[] = rows.map(([key, en, id, region, aliases = []]) => ({
  key,
  name: { en, id },
  region,
  aliases,
}));
