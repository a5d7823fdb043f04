// Concepts of foreign policy, diplomacy and cooperation between states.
import type { Framework } from './types';

const state = { en: 'The state', id: 'Negara' };

const tracks: [number, string, string, string, string][] = [
  [1, 'Government', 'Pemerintah', 'track one', 'jalur pertama'],
  [2, 'Non-governmental professionals', 'Profesional non-pemerintah', 'track two', 'jalur kedua'],
  [3, 'Business', 'Bisnis', 'track three', 'jalur ketiga'],
  [4, 'Private citizens', 'Warga negara', 'track four', 'jalur keempat'],
  [
    5,
    'Research, training and education',
    'Penelitian, pelatihan, dan pendidikan',
    'track five',
    'jalur kelima',
  ],
  [6, 'Activism', 'Aktivisme', 'track six', 'jalur keenam'],
  [7, 'Religion', 'Agama', 'track seven', 'jalur ketujuh'],
  [8, 'Funding', 'Pendanaan', 'track eight', 'jalur kedelapan'],
  [9, 'Communication and media', 'Komunikasi dan media', 'track nine', 'jalur kesembilan'],
];

export const policyFrameworks: Framework[] = [
  {
    key: 'diplomacy',
    name: { en: 'Diplomacy', id: 'Diplomasi' },
    summary: {
      en: 'The conduct of relations between states by negotiation, representation and communication.',
      id: 'Pelaksanaan hubungan antarnegara melalui perundingan, perwakilan, dan komunikasi.',
    },
    keyAuthors: ['G. R. Berridge', 'S. L. Roy'],
    mechanisms: [],
    unitOfAnalysis: state,
    aliases: ['diplomasi', 'diplomacy', 'konsep diplomasi'],
    family: 'concept',
  },
  {
    key: 'multi-track-diplomacy',
    name: { en: 'Multi-track diplomacy', id: 'Diplomasi multi-jalur' },
    summary: {
      en: 'Peace and cooperation are built along nine tracks, from governments to business, religion and the media, not by officials alone.',
      id: 'Perdamaian dan kerja sama dibangun melalui sembilan jalur, dari pemerintah hingga bisnis, agama, dan media, bukan oleh pejabat saja.',
    },
    keyAuthors: ['Louise Diamond', 'John W. McDonald'],
    mechanisms: tracks.map(([n, en, id, enWord, idWord]) => ({
      key: `track-${n}`,
      name: { en: `Track ${n}: ${en}`, id: `Jalur ${n}: ${id}` },
      aliases: [`track ${n}`, enWord, `jalur ${n}`, idWord],
    })),
    unitOfAnalysis: { en: 'Actors on each track', id: 'Aktor pada setiap jalur' },
    aliases: [
      'multi-track diplomacy',
      'multitrack diplomacy',
      'diplomasi multi-jalur',
      'diplomasi multi jalur',
      'diplomasi multijalur',
    ],
    family: 'concept',
  },
  {
    key: 'public-diplomacy',
    name: { en: 'Public diplomacy', id: 'Diplomasi publik' },
    summary: {
      en: 'A government speaks to foreign publics, not only to their governments, to win understanding for its aims.',
      id: 'Pemerintah berkomunikasi langsung dengan publik negara lain, bukan hanya pemerintahnya, untuk memperoleh dukungan atas tujuannya.',
    },
    keyAuthors: ['Jan Melissen', 'Nicholas J. Cull'],
    mechanisms: [],
    unitOfAnalysis: state,
    aliases: ['public diplomacy', 'diplomasi publik'],
    family: 'concept',
  },
  {
    key: 'paradiplomacy',
    name: { en: 'Paradiplomacy', id: 'Paradiplomasi' },
    summary: {
      en: 'Provinces, cities and other sub-national governments carry on their own external relations next to the central state.',
      id: 'Provinsi, kota, dan pemerintah subnasional lain menjalankan hubungan luar negerinya sendiri di samping pemerintah pusat.',
    },
    keyAuthors: ['Panayotis Soldatos', 'Ivo Duchacek'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A sub-national government', id: 'Pemerintah daerah' },
    aliases: ['paradiplomasi', 'paradiplomacy', 'para-diplomasi', 'para-diplomacy'],
    family: 'concept',
  },
  {
    key: 'soft-power',
    name: { en: 'Soft power', id: 'Soft power (kekuatan lunak)' },
    summary: {
      en: 'A state gets what it wants by attraction, through its culture, political values and foreign policies, rather than by coercion or payment.',
      id: 'Negara mencapai tujuannya melalui daya tarik budaya, nilai politik, dan kebijakan luar negerinya, bukan melalui paksaan atau imbalan.',
    },
    keyAuthors: ['Joseph S. Nye'],
    mechanisms: [
      { key: 'culture', name: { en: 'Culture', id: 'Budaya' }, aliases: ['culture', 'budaya'] },
      {
        key: 'political-values',
        name: { en: 'Political values', id: 'Nilai politik' },
        aliases: ['political values', 'nilai-nilai politik', 'nilai politik'],
      },
      {
        key: 'foreign-policies',
        name: { en: 'Foreign policies', id: 'Kebijakan luar negeri' },
        aliases: ['foreign policies', 'kebijakan luar negeri'],
      },
    ],
    unitOfAnalysis: state,
    aliases: ['soft power', 'kekuatan lunak', 'smart power'],
    family: 'concept',
  },
  {
    key: 'international-cooperation',
    name: { en: 'International cooperation', id: 'Kerja sama internasional' },
    summary: {
      en: 'States and other actors adjust their policies to one another to reach aims they could not reach alone, bilaterally, regionally or multilaterally.',
      id: 'Negara dan aktor lain menyesuaikan kebijakannya satu sama lain untuk mencapai tujuan yang tidak dapat dicapai sendiri, secara bilateral, regional, atau multilateral.',
    },
    keyAuthors: ['Robert O. Keohane', 'K. J. Holsti'],
    mechanisms: [
      { key: 'bilateral', name: { en: 'Bilateral', id: 'Bilateral' }, aliases: ['bilateral'] },
      { key: 'regional', name: { en: 'Regional', id: 'Regional' }, aliases: ['regional'] },
      { key: 'multilateral', name: { en: 'Multilateral', id: 'Multilateral' }, aliases: ['multilateral'] },
    ],
    unitOfAnalysis: { en: 'A cooperative relation', id: 'Hubungan kerja sama' },
    aliases: [
      'kerja sama internasional',
      'kerjasama internasional',
      'international cooperation',
      'konsep kerja sama',
      'kerja sama bilateral',
      'bilateral cooperation',
    ],
    family: 'concept',
  },
  {
    key: 'national-interest',
    name: { en: 'National interest', id: 'Kepentingan nasional' },
    summary: {
      en: 'What a state seeks abroad for its survival, welfare and standing, used to explain its choices.',
      id: 'Hal yang dikejar negara di luar negeri demi kelangsungan hidup, kesejahteraan, dan kedudukannya, dipakai untuk menjelaskan pilihan kebijakannya.',
    },
    keyAuthors: ['Hans J. Morgenthau', 'Donald E. Nuechterlein'],
    mechanisms: [],
    unitOfAnalysis: state,
    aliases: ['kepentingan nasional', 'national interest'],
    family: 'concept',
  },
  {
    key: 'foreign-policy',
    name: { en: 'Foreign policy', id: 'Politik luar negeri' },
    summary: {
      en: 'The aims and actions a government chooses towards other states and actors, and how domestic and external factors shape them.',
      id: 'Tujuan dan tindakan yang dipilih pemerintah terhadap negara dan aktor lain, serta cara faktor domestik dan eksternal membentuknya.',
    },
    keyAuthors: ['James N. Rosenau', 'William D. Coplin'],
    mechanisms: [],
    unitOfAnalysis: state,
    aliases: [
      'politik luar negeri',
      'foreign policy',
      'analisis kebijakan luar negeri',
      'foreign policy analysis',
    ],
    family: 'concept',
  },
  {
    key: 'interdependence',
    name: { en: 'Complex interdependence', id: 'Interdependensi kompleks' },
    summary: {
      en: 'Dense ties between societies make states sensitive and vulnerable to one another, and military force loses its use.',
      id: 'Keterkaitan erat antarmasyarakat membuat negara saling peka dan rentan, sehingga kekuatan militer kehilangan kegunaannya.',
    },
    keyAuthors: ['Robert O. Keohane', 'Joseph S. Nye'],
    mechanisms: [
      {
        key: 'sensitivity',
        name: { en: 'Sensitivity', id: 'Sensitivitas' },
        aliases: ['sensitivity', 'sensitivitas', 'kepekaan'],
      },
      {
        key: 'vulnerability',
        name: { en: 'Vulnerability', id: 'Kerentanan' },
        aliases: ['vulnerability', 'kerentanan'],
      },
    ],
    unitOfAnalysis: { en: 'Relations between states', id: 'Hubungan antarnegara' },
    aliases: [
      'interdependensi',
      'interdependence',
      'complex interdependence',
      'interdependensi kompleks',
      'saling ketergantungan',
    ],
    family: 'theory',
  },
  {
    key: 'two-level-game',
    name: { en: 'Two-level game', id: 'Permainan dua tingkat' },
    summary: {
      en: 'Negotiators bargain at once with foreign counterparts and with domestic constituents who must ratify the deal.',
      id: 'Perunding bernegosiasi sekaligus dengan pihak asing dan dengan konstituen domestik yang harus meratifikasi kesepakatan.',
    },
    keyAuthors: ['Robert D. Putnam'],
    mechanisms: [
      {
        key: 'level-one',
        name: { en: 'Level I (international)', id: 'Tingkat I (internasional)' },
        aliases: ['level I', 'tingkat I'],
      },
      {
        key: 'level-two',
        name: { en: 'Level II (domestic)', id: 'Tingkat II (domestik)' },
        aliases: ['level II', 'tingkat II'],
      },
      { key: 'win-set', name: { en: 'Win-set', id: 'Win-set' }, aliases: ['win-set', 'win set'] },
    ],
    unitOfAnalysis: { en: 'A negotiation', id: 'Perundingan' },
    aliases: [
      'two-level game',
      'permainan dua tingkat',
      'two level games',
      'permainan dua level',
      'diplomasi dua tingkat',
    ],
    family: 'theory',
  },
];
