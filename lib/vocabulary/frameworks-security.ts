// Concepts of security, crime, migration and rights: the issue lenses of trafficking and migration studies.
import type { Framework } from './types';

export const securityFrameworks: Framework[] = [
  {
    key: 'human-trafficking',
    name: { en: 'Human trafficking (concept)', id: 'Konsep perdagangan manusia (human trafficking)' },
    summary: {
      en: 'Trafficking is the recruitment or movement of people by force, fraud or abuse of power for the purpose of exploiting them; it is read through its act, means and purpose.',
      id: 'Perdagangan manusia adalah perekrutan atau pemindahan orang dengan paksaan, penipuan, atau penyalahgunaan kekuasaan untuk dieksploitasi; dibaca melalui unsur proses, cara, dan tujuannya.',
    },
    keyAuthors: ['UNODC (Palermo Protocol)', 'Ruth Rosenberg'],
    mechanisms: [
      {
        key: 'act',
        name: { en: 'Act (process)', id: 'Unsur proses' },
        aliases: ['unsur proses', 'unsur tindakan', 'element of act', 'the act element'],
      },
      {
        key: 'means',
        name: { en: 'Means', id: 'Unsur cara' },
        aliases: ['unsur cara', 'element of means', 'the means element'],
      },
      {
        key: 'purpose',
        name: { en: 'Purpose of exploitation', id: 'Unsur tujuan eksploitasi' },
        aliases: ['unsur tujuan', 'tujuan eksploitasi', 'purpose of exploitation', 'exploitative purpose'],
      },
    ],
    unitOfAnalysis: { en: 'A trafficking phenomenon', id: 'Fenomena perdagangan manusia' },
    aliases: [
      'konsep human trafficking',
      'konsep perdagangan manusia',
      'konsep perdagangan orang',
      'konsep trafficking',
      'concept of human trafficking',
      'human trafficking concept',
      'concept of trafficking in persons',
    ],
    family: 'concept',
  },
  {
    key: 'cybercrime',
    name: { en: 'Cybercrime (concept)', id: 'Konsep kejahatan siber (cybercrime)' },
    summary: {
      en: 'Crime that uses or targets computers and networks; the UNODC reading through law and criminology sorts it by the role the computer plays in the offence.',
      id: 'Kejahatan yang memakai atau menyasar komputer dan jaringan; pembacaan UNODC dari sudut hukum dan kriminologi memilahnya menurut peran komputer dalam kejahatan itu.',
    },
    keyAuthors: ['UNODC', 'Robert Moore'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A form of crime', id: 'Bentuk kejahatan' },
    aliases: [
      'cybercrime',
      'cyber crime',
      'cyber-crime',
      'kejahatan siber',
      'kejahatan dunia maya',
      'kejahatan cyber',
    ],
    family: 'concept',
  },
  {
    key: 'transnational-crime',
    name: { en: 'Transnational organised crime', id: 'Kejahatan transnasional terorganisasi' },
    summary: {
      en: 'Crime planned, committed or felt across borders, which no single state can stop alone.',
      id: 'Kejahatan yang direncanakan, dilakukan, atau berdampak lintas negara sehingga tidak dapat diatasi satu negara saja.',
    },
    keyAuthors: ['UNODC (UNTOC)', 'Phil Williams'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A criminal phenomenon', id: 'Fenomena kejahatan' },
    aliases: [
      'transnational crime',
      'kejahatan transnasional',
      'transnational organized crime',
      'kejahatan transnasional terorganisir',
      'kejahatan lintas negara',
      'kejahatan lintas batas negara',
    ],
    family: 'concept',
  },
  {
    key: 'human-security',
    name: { en: 'Human security', id: 'Keamanan manusia' },
    summary: {
      en: 'Security measured by the safety of people from fear and want rather than by the safety of borders.',
      id: 'Keamanan diukur dari terbebasnya manusia dari rasa takut dan kekurangan, bukan dari amannya perbatasan negara.',
    },
    keyAuthors: ['UNDP (Human Development Report 1994)', 'Mahbub ul Haq'],
    mechanisms: [
      {
        key: 'freedom-from-fear',
        name: { en: 'Freedom from fear', id: 'Bebas dari rasa takut' },
        aliases: ['freedom from fear', 'bebas dari rasa takut', 'kebebasan dari rasa takut'],
      },
      {
        key: 'freedom-from-want',
        name: { en: 'Freedom from want', id: 'Bebas dari kekurangan' },
        aliases: ['freedom from want', 'bebas dari kekurangan', 'kebebasan dari kekurangan'],
      },
      {
        key: 'economic-security',
        name: { en: 'Economic security', id: 'Keamanan ekonomi' },
        aliases: ['economic security', 'keamanan ekonomi'],
      },
      {
        key: 'food-security',
        name: { en: 'Food security', id: 'Keamanan pangan' },
        aliases: ['food security', 'keamanan pangan', 'ketahanan pangan'],
      },
      {
        key: 'health-security',
        name: { en: 'Health security', id: 'Keamanan kesehatan' },
        aliases: ['health security', 'keamanan kesehatan'],
      },
      {
        key: 'environmental-security',
        name: { en: 'Environmental security', id: 'Keamanan lingkungan' },
        aliases: ['environmental security', 'keamanan lingkungan'],
      },
      {
        key: 'personal-security',
        name: { en: 'Personal security', id: 'Keamanan pribadi' },
        aliases: ['personal security', 'keamanan pribadi', 'keamanan individu'],
      },
      {
        key: 'community-security',
        name: { en: 'Community security', id: 'Keamanan komunitas' },
        aliases: ['community security', 'keamanan komunitas'],
      },
      {
        key: 'political-security',
        name: { en: 'Political security', id: 'Keamanan politik' },
        aliases: ['political security', 'keamanan politik'],
      },
    ],
    unitOfAnalysis: { en: 'Individuals and communities', id: 'Individu dan komunitas' },
    aliases: ['human security', 'keamanan manusia', 'keamanan insani'],
    family: 'concept',
  },
  {
    key: 'securitisation',
    name: { en: 'Securitisation', id: 'Sekuritisasi' },
    summary: {
      en: 'An issue becomes a security matter when an actor presents it as an existential threat and an audience accepts extraordinary measures.',
      id: 'Suatu isu menjadi persoalan keamanan ketika aktor menyajikannya sebagai ancaman eksistensial dan audiens menerima langkah luar biasa.',
    },
    keyAuthors: ['Barry Buzan', 'Ole Wæver', 'Jaap de Wilde'],
    mechanisms: [
      {
        key: 'securitising-actor',
        name: { en: 'Securitising actor', id: 'Aktor sekuritisasi' },
        aliases: ['securitizing actor', 'aktor sekuritisasi', 'aktor pensekuritisasi'],
      },
      {
        key: 'referent-object',
        name: { en: 'Referent object', id: 'Objek rujukan' },
        aliases: ['referent object', 'objek rujukan', 'referent objek'],
      },
      {
        key: 'existential-threat',
        name: { en: 'Existential threat', id: 'Ancaman eksistensial' },
        aliases: ['existential threat', 'ancaman eksistensial'],
      },
      {
        key: 'speech-act',
        name: { en: 'Speech act', id: 'Tindak tutur' },
        aliases: ['speech act', 'tindak tutur'],
      },
      { key: 'audience', name: { en: 'Audience', id: 'Audiens' }, aliases: ['audience', 'audiens'] },
    ],
    unitOfAnalysis: { en: 'A securitising move', id: 'Langkah sekuritisasi' },
    aliases: [
      'securitization',
      'sekuritisasi',
      'securitization theory',
      'teori sekuritisasi',
      'Copenhagen School',
      'Mazhab Kopenhagen',
    ],
    family: 'theory',
  },
  {
    key: 'migration-governance',
    name: { en: 'Migration governance', id: 'Tata kelola migrasi' },
    summary: {
      en: 'How states and organisations regulate movement across borders, from labour migration to refugee protection.',
      id: 'Cara negara dan organisasi mengatur perpindahan lintas batas, dari migrasi tenaga kerja hingga perlindungan pengungsi.',
    },
    keyAuthors: ['Alexander Betts'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A migration regime', id: 'Rezim migrasi' },
    aliases: [
      'migration governance',
      'tata kelola migrasi',
      'global migration governance',
      'tata kelola migrasi global',
      'migration management',
      'manajemen migrasi',
    ],
    family: 'concept',
  },
  {
    key: 'human-rights',
    name: { en: 'Human rights', id: 'Hak asasi manusia' },
    summary: {
      en: 'Every person holds rights that states must respect, protect and fulfil; studies ask how international norms change what states do.',
      id: 'Setiap orang memiliki hak yang wajib dihormati, dilindungi, dan dipenuhi negara; kajiannya menanyakan bagaimana norma internasional mengubah tindakan negara.',
    },
    keyAuthors: ['Jack Donnelly', 'Thomas Risse'],
    mechanisms: [
      {
        key: 'respect',
        name: { en: 'Obligation to respect', id: 'Kewajiban menghormati' },
        aliases: ['obligation to respect', 'kewajiban menghormati'],
      },
      {
        key: 'protect',
        name: { en: 'Obligation to protect', id: 'Kewajiban melindungi' },
        aliases: ['obligation to protect', 'kewajiban melindungi'],
      },
      {
        key: 'fulfil',
        name: { en: 'Obligation to fulfil', id: 'Kewajiban memenuhi' },
        aliases: ['obligation to fulfil', 'obligation to fulfill', 'kewajiban memenuhi'],
      },
    ],
    unitOfAnalysis: { en: 'Rights holders and duty bearers', id: 'Pemegang hak dan pengemban kewajiban' },
    aliases: [
      'konsep hak asasi manusia',
      'human rights concept',
      'konsep HAM',
      'human rights approach',
      'pendekatan berbasis hak asasi manusia',
    ],
    family: 'concept',
  },
];
