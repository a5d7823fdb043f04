// Concepts about what organisations and non-state actors do: the lenses most IR theses on NGOs and IOs use.
import type { Framework } from './types';

const io = { en: 'An international organisation', id: 'Organisasi internasional' };

export const actorFrameworks: Framework[] = [
  {
    key: 'role-of-international-organisations',
    name: {
      en: 'Role of international organisations (concept)',
      id: 'Konsep peran organisasi internasional',
    },
    summary: {
      en: 'Looks at what an international organisation does for states and people in a given issue: its programmes, partners and effects.',
      id: 'Melihat apa yang dilakukan organisasi internasional bagi negara dan masyarakat dalam suatu isu: program, mitra, dan dampaknya.',
    },
    keyAuthors: ['Clive Archer', 'Teuku May Rudy'],
    mechanisms: [],
    unitOfAnalysis: io,
    aliases: [
      'konsep peran organisasi internasional',
      'peran organisasi internasional',
      'concept of the role of international organization',
      'role of international organization',
      'role of international organizations concept',
    ],
    family: 'concept',
  },
  {
    key: 'archer-roles',
    name: {
      en: "Clive Archer's roles of international organisations",
      id: 'Peran organisasi internasional menurut Clive Archer',
    },
    summary: {
      en: 'An organisation serves its members as an instrument of their policies, gives them an arena to meet and negotiate, and acts on its own as an actor.',
      id: 'Organisasi internasional menjadi instrumen kebijakan anggotanya, arena tempat mereka bertemu dan berunding, serta aktor yang bertindak mandiri.',
    },
    keyAuthors: ['Clive Archer'],
    mechanisms: [
      {
        key: 'instrument',
        name: { en: 'Instrument', id: 'Instrumen' },
        aliases: ['instrument', 'instrumen'],
      },
      { key: 'arena', name: { en: 'Arena', id: 'Arena' }, aliases: ['arena', 'forum'] },
      {
        key: 'actor',
        name: { en: 'Actor', id: 'Aktor' },
        aliases: ['actor', 'aktor', 'independent actor', 'aktor independen'],
      },
    ],
    unitOfAnalysis: io,
    aliases: ['Clive Archer', 'Archer'],
    family: 'concept',
    broader: 'role-of-international-organisations',
  },
  {
    key: 'transnational-advocacy-networks',
    name: { en: 'Transnational Advocacy Networks', id: 'Jaringan Advokasi Transnasional' },
    acronym: 'TAN',
    summary: {
      en: 'Activists, NGOs and allies across borders press states on principled issues, using information, symbols, leverage and accountability; they influence agendas, discourse, procedures, policy and behaviour.',
      id: 'Aktivis, LSM, dan sekutunya lintas negara menekan negara dalam isu-isu berprinsip melalui informasi, simbol, daya ungkit, dan akuntabilitas; pengaruhnya menyentuh agenda, wacana, prosedur, kebijakan, dan perilaku negara.',
    },
    keyAuthors: ['Margaret E. Keck', 'Kathryn Sikkink'],
    mechanisms: [
      {
        key: 'information-politics',
        name: { en: 'Information politics', id: 'Politik informasi' },
        aliases: ['information politics', 'politik informasi'],
      },
      {
        key: 'symbolic-politics',
        name: { en: 'Symbolic politics', id: 'Politik simbolik' },
        aliases: ['symbolic politics', 'politik simbolik', 'politik simbol'],
      },
      {
        key: 'leverage-politics',
        name: { en: 'Leverage politics', id: 'Politik pengaruh' },
        aliases: ['leverage politics', 'politik pengaruh', 'politik daya ungkit', 'politik leverage'],
      },
      {
        key: 'accountability-politics',
        name: { en: 'Accountability politics', id: 'Politik akuntabilitas' },
        aliases: ['accountability politics', 'politik akuntabilitas'],
      },
      {
        key: 'issue-framing-agenda-setting',
        name: { en: 'Issue framing and agenda setting', id: 'Pembingkaian isu dan penetapan agenda' },
        aliases: [
          'issue framing and agenda setting',
          'issue creation and agenda setting',
          'issue framing',
          'agenda setting',
          'pembingkaian isu dan penetapan agenda',
          'pembingkaian isu',
          'penetapan agenda',
          'pembentukan isu dan penetapan agenda',
        ],
      },
      {
        key: 'influence-discursive-positions',
        name: {
          en: 'Influence on the discursive positions of states',
          id: 'Pengaruh pada posisi diskursif negara',
        },
        aliases: [
          'influence on discursive positions',
          'influence on the discursive positions',
          'pengaruh pada posisi diskursif',
          'pengaruh terhadap posisi diskursif',
        ],
      },
      {
        key: 'influence-institutional-procedures',
        name: { en: 'Influence on institutional procedures', id: 'Pengaruh pada prosedur institusional' },
        aliases: [
          'influence on institutional procedures',
          'pengaruh pada prosedur institusional',
          'pengaruh terhadap prosedur institusional',
          'pengaruh prosedur institusional',
        ],
      },
      {
        key: 'influence-policy-change',
        name: { en: 'Influence on policy change', id: 'Pengaruh pada perubahan kebijakan' },
        aliases: [
          'influence on policy change',
          'pengaruh perubahan kebijakan',
          'pengaruh pada perubahan kebijakan',
          'pengaruh terhadap perubahan kebijakan',
        ],
      },
      {
        key: 'influence-state-behaviour',
        name: { en: 'Influence on state behaviour', id: 'Pengaruh pada perilaku negara' },
        aliases: [
          'influence on state behavior',
          'influence on state behaviour',
          'pengaruh pada perilaku negara',
          'pengaruh terhadap perilaku negara',
        ],
      },
    ],
    unitOfAnalysis: { en: 'A transnational network of advocates', id: 'Jaringan advokasi lintas negara' },
    aliases: [
      'Transnational Advocacy Network',
      'Jaringan Advokasi Transnasional',
      'transnational advocacy',
      'advocacy network',
      'jaringan advokasi',
      'Keck dan Sikkink',
      'Keck and Sikkink',
      'Keck & Sikkink',
    ],
    family: 'concept',
  },
  {
    key: 'cso-roles',
    name: { en: 'Roles of civil society organisations', id: 'Peran organisasi masyarakat sipil' },
    acronym: 'CSO',
    summary: {
      en: 'A voluntary non-profit group helps the state as an educator of the public and officials, a counterpart working beside government, and an agenda setter that makes an issue a priority.',
      id: 'Kelompok sukarela nirlaba membantu negara sebagai pendidik bagi masyarakat dan aparat, mitra yang bekerja bersama pemerintah, dan penentu agenda yang menjadikan isu sebagai prioritas.',
    },
    keyAuthors: ['Caroline Boussard'],
    mechanisms: [
      {
        key: 'educator',
        name: { en: 'Educator', id: 'Pendidik' },
        aliases: ['educator', 'edukator', 'pendidik'],
      },
      {
        key: 'counterpart',
        name: { en: 'Counterpart', id: 'Mitra' },
        aliases: ['counterpart', 'rekanan pemerintah', 'mitra pemerintah'],
      },
      {
        key: 'agenda-setter',
        name: { en: 'Agenda setter', id: 'Penentu agenda' },
        aliases: ['agenda setter', 'penentu agenda', 'pengatur agenda', 'penyusun agenda'],
      },
    ],
    unitOfAnalysis: { en: 'A civil society organisation', id: 'Organisasi masyarakat sipil' },
    aliases: [
      'Civil Society Organization',
      'organisasi masyarakat sipil',
      'konsep civil society',
      'civil society concept',
      'konsep masyarakat sipil',
    ],
    family: 'concept',
  },
  {
    key: 'non-state-actors',
    name: { en: 'Non-state actors', id: 'Aktor non-negara' },
    summary: {
      en: 'Organisations, firms, networks and individuals other than states shape world politics and can be studied as actors in their own right.',
      id: 'Organisasi, perusahaan, jaringan, dan individu selain negara ikut membentuk politik dunia dan dapat dikaji sebagai aktor tersendiri.',
    },
    keyAuthors: ['Thomas Risse', 'Daphné Josselin', 'William Wallace'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A non-state actor', id: 'Aktor non-negara' },
    aliases: [
      'aktor non-negara',
      'non-state actor',
      'aktor bukan negara',
      'konsep aktor non-negara',
      'non-state actors concept',
    ],
    family: 'concept',
  },
  {
    key: 'global-governance',
    name: { en: 'Global governance', id: 'Tata kelola global' },
    summary: {
      en: 'Problems that cross borders are managed by a mix of states, organisations and private actors without a world government.',
      id: 'Masalah lintas batas dikelola oleh gabungan negara, organisasi, dan aktor swasta tanpa adanya pemerintahan dunia.',
    },
    keyAuthors: ['James N. Rosenau', 'Thomas G. Weiss'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A governance arrangement', id: 'Tatanan tata kelola' },
    aliases: [
      'global governance',
      'tata kelola global',
      'pemerintahan global',
      'tata kelola pemerintahan global',
    ],
    family: 'concept',
  },
  {
    key: 'international-regime',
    name: { en: 'International regime (concept)', id: 'Konsep rezim internasional' },
    summary: {
      en: 'The agreed principles and rules in one issue area, used to judge whether states comply and how the regime changes.',
      id: 'Prinsip dan aturan yang disepakati dalam satu bidang isu, dipakai untuk menilai kepatuhan negara dan perubahan rezim.',
    },
    keyAuthors: ['Stephen D. Krasner'],
    mechanisms: [],
    unitOfAnalysis: { en: 'A regime', id: 'Rezim' },
    aliases: ['rezim internasional', 'international regime', 'konsep rezim'],
    family: 'concept',
  },
  {
    key: 'norm-life-cycle',
    name: { en: 'Norm diffusion and the norm life cycle', id: 'Difusi norma dan siklus hidup norma' },
    summary: {
      en: 'New norms are promoted by entrepreneurs, spread in a cascade once enough states accept them, and end up taken for granted.',
      id: 'Norma baru didorong oleh wirausahawan norma, menyebar secara berantai setelah cukup banyak negara menerimanya, lalu diterima begitu saja.',
    },
    keyAuthors: ['Martha Finnemore', 'Kathryn Sikkink', 'Amitav Acharya'],
    mechanisms: [
      {
        key: 'norm-emergence',
        name: { en: 'Norm emergence', id: 'Kemunculan norma' },
        aliases: ['norm emergence', 'kemunculan norma', 'munculnya norma'],
      },
      {
        key: 'norm-cascade',
        name: { en: 'Norm cascade', id: 'Kaskade norma' },
        aliases: ['norm cascade', 'kaskade norma', 'penyebaran norma'],
      },
      {
        key: 'internalisation',
        name: { en: 'Internalisation', id: 'Internalisasi' },
        aliases: ['internalization', 'internalisasi', 'internalisasi norma'],
      },
    ],
    unitOfAnalysis: { en: 'A norm', id: 'Norma' },
    aliases: [
      'norm life cycle',
      'siklus hidup norma',
      'difusi norma',
      'norm diffusion',
      'norm localization',
      'lokalisasi norma',
    ],
    family: 'concept',
  },
];
