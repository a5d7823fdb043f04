// Seeds a temp store with four studies shaped like the seed corpus (shared/corpus/EXPECTED.md), written
// straight through Prisma so the browse and comparison tests do not depend on the ingest's parsing.
import { execFileSync } from 'node:child_process';
import { openDb, type Db } from '@/lib/db/client';
import { makeWorkspace } from './temp-corpus';

interface BrowseSeed {
  id: string;
  kind: string;
  titleId?: string;
  titleEn?: string;
  abstractId: string;
  abstractEn: string;
  year?: number;
  venue?: string;
  period?: [number, number];
  authors?: string[];
  organisation: [key: string, name: string, acronym: string];
  country: [key: string, name: string, inText: string];
  frameworks: { key: string; name: string; quote: string; mechanisms: string[] }[];
  methods: [key: string, name: string][];
  sections?: { heading: string; text: string }[];
  figures?: { value: string; counts: string; sentence: string }[];
}

const IJM: BrowseSeed['organisation'] = ['ijm', 'International Justice Mission', 'IJM'];
const IOM: BrowseSeed['organisation'] = ['iom', 'International Organization for Migration', 'IOM'];
const PH: BrowseSeed['country'] = ['ph', 'Philippines', 'Filipina'];
const ID: BrowseSeed['country'] = ['id', 'Indonesia', 'Indonesia'];

const TAN_QUOTE =
  'It uses International Organization theory and the Transnational Advocacy Networks (TAN) concept, with issue framing and agenda setting, influence on institutional procedures and influence on policy change.';
const CSO_QUOTE =
  'Penelitian ini menggunakan konsep cybercrime dan konsep Civil Society Organizations dengan peran educator, counterpart dan agenda setter.';
const ROLE_QUOTE =
  'This research uses the concept of human trafficking and the concept of the role of international organizations.';
const ARCHER_QUOTE =
  "This study analyses IOM's efforts in handling human trafficking in Indonesia in 2017-2022 using Clive Archer's roles of international organisations: instrument, arena and actor.";

export const BROWSE_SEED: BrowseSeed[] = [
  {
    id: '000_ca4bf7d1b30f51f4',
    kind: 'thesis-abstract',
    abstractId:
      'Penelitian ini membahas pengaruh International Justice Mission (IJM) dalam memerangi perdagangan manusia di Filipina. Penelitian ini menggunakan teori Organisasi Internasional dan konsep Transnational Advocacy Networks (TAN). Hasil penelitian menunjukkan bahwa IJM memengaruhi perubahan kebijakan di Filipina.',
    abstractEn: `This study examines the International Justice Mission's influence in combating human trafficking in the Philippines. ${TAN_QUOTE} The results show that IJM influenced policy change in the Philippines.`,
    organisation: IJM,
    country: PH,
    frameworks: [
      {
        key: 'international-organisation-theory',
        name: 'International Organization theory',
        quote: TAN_QUOTE,
        mechanisms: [],
      },
      {
        key: 'transnational-advocacy-networks',
        name: 'Transnational Advocacy Networks',
        quote: TAN_QUOTE,
        mechanisms: [
          'issue-framing-agenda-setting',
          'influence-institutional-procedures',
          'influence-policy-change',
        ],
      },
    ],
    methods: [['qualitative', 'Qualitative']],
  },
  {
    id: '001_35e5132b2f9dd7c4',
    kind: 'journal-article',
    year: 2024,
    venue: 'DIKSHI',
    period: [2010, 2019],
    authors: ['A.A.A.K. Devi', 'N.W.R. Priadarsini', 'P.T.K. Resen'],
    abstractId: `Penelitian ini membahas peran International Justice Mission (IJM) dalam menangani kasus OSEC di Filipina tahun 2010-2019. ${CSO_QUOTE}`,
    abstractEn:
      'This article discusses the role of IJM in handling OSEC cases in the Philippines in 2010-2019.',
    organisation: IJM,
    country: PH,
    frameworks: [
      { key: 'cybercrime', name: 'Cybercrime', quote: CSO_QUOTE, mechanisms: [] },
      {
        key: 'cso-roles',
        name: 'Roles of civil society organisations',
        quote: CSO_QUOTE,
        mechanisms: ['educator', 'counterpart', 'agenda-setter'],
      },
    ],
    methods: [
      ['qualitative', 'Qualitative'],
      ['descriptive', 'Descriptive'],
    ],
    sections: [
      { heading: 'PENDAHULUAN', text: 'Kasus OSEC di Filipina meningkat pada tahun 2010-2019.' },
      {
        heading: 'PENUTUP',
        text: 'IJM berperan sebagai educator, counterpart dan agenda setter dalam menangani OSEC. Kerja sama dengan pemerintah Filipina menurunkan eksploitasi anak.',
      },
    ],
    figures: [
      { value: '171', counts: 'OSEC cases', sentence: 'Sebanyak 171 kasus OSEC ditangani pada 2010-2019.' },
    ],
  },
  {
    id: '003_46d0c4582f3a856d',
    kind: 'thesis-abstract',
    period: [2023, 2024],
    authors: ['Nurul Aida Amalia'],
    titleId:
      'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
    titleEn:
      "International Organization for Migration's Efforts in Handling Human Trafficking in Indonesia in 2023-2024",
    abstractId:
      'Perdagangan manusia merupakan kejahatan serius di Indonesia. Penelitian ini menggunakan konsep human trafficking dan konsep peran organisasi internasional. Hasil penelitian menunjukkan bahwa IOM membantu pemerintah Indonesia tahun 2023-2024.',
    abstractEn: `Human trafficking is one of the serious crimes in Indonesia. ${ROLE_QUOTE} The results show that IOM assisted the Indonesian government in 2023-2024.`,
    organisation: IOM,
    country: ID,
    frameworks: [
      { key: 'human-trafficking', name: 'Human trafficking (concept)', quote: ROLE_QUOTE, mechanisms: [] },
      {
        key: 'role-of-international-organisations',
        name: 'Role of international organisations (concept)',
        quote: ROLE_QUOTE,
        mechanisms: [],
      },
    ],
    methods: [['qualitative', 'Qualitative']],
  },
  {
    id: '004_ee0b6ec72090fab7',
    kind: 'journal-article',
    period: [2017, 2022],
    authors: ['Eriston Saragih', 'Alfajri'],
    titleId:
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    abstractId:
      'Penelitian ini menganalisis upaya IOM dalam menangani kasus human trafficking di Indonesia tahun 2017-2022.',
    abstractEn: ARCHER_QUOTE,
    organisation: IOM,
    country: ID,
    frameworks: [
      {
        key: 'archer-roles',
        name: "Clive Archer's roles of international organisations",
        quote: ARCHER_QUOTE,
        mechanisms: ['instrument', 'arena', 'actor'],
      },
    ],
    methods: [
      ['qualitative', 'Qualitative'],
      ['literature-review', 'Literature review'],
    ],
    sections: [
      {
        heading: 'SIMPULAN',
        text: 'IOM berperan sebagai instrumen, arena dan aktor dalam menangani human trafficking di Indonesia.',
      },
    ],
    figures: [
      {
        value: '2,605',
        counts: 'TPPO cases in 2017-2022',
        sentence: 'Terdapat 2,605 kasus TPPO pada 2017-2022.',
      },
    ],
  },
];

/** Offsets of `part` in `text`, as extracted provenance; the seed texts always contain the part. */
function span(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`seed text lacks "${part}"`);
  return { source: 'extracted' as const, start, end: start + part.length };
}

async function seedStudy(db: Db, s: BrowseSeed): Promise<void> {
  const sections = s.sections ?? [];
  const figures = s.figures ?? [];
  const cleanText = [
    s.abstractId,
    s.abstractEn,
    ...sections.flatMap((x) => [x.heading, x.text]),
    ...figures.map((f) => f.sentence),
  ].join('\n\n');
  const provenance: Record<string, unknown> = {
    abstractId: span(cleanText, s.abstractId),
    abstractEn: span(cleanText, s.abstractEn),
    kind: { source: 'derived', from: 'structure' },
  };
  if (s.period) provenance.period = span(cleanText, `${s.period[0]}-${s.period[1]}`);
  if (s.year) provenance.year = { source: 'curated', file: `${s.id}.meta.yaml` };
  await db.study.create({
    data: {
      id: s.id,
      sourceFile: `${s.id}.txt`,
      contentHash: s.id,
      kind: s.kind,
      languages: 'id,en',
      titleId: s.titleId ?? null,
      titleEn: s.titleEn ?? null,
      titleDerived: !s.titleId && !s.titleEn,
      abstractId: s.abstractId,
      abstractEn: s.abstractEn,
      venue: s.venue ?? null,
      year: s.year ?? null,
      periodFrom: s.period?.[0] ?? null,
      periodTo: s.period?.[1] ?? null,
      originalText: cleanText,
      cleanText,
      provenance: provenance as object,
      repairs: [],
      authors: {
        create: (s.authors ?? []).map((name, position) => ({
          position,
          name,
          provenance: { source: 'curated', file: 'seed' },
        })),
      },
      organisations: {
        create: [
          {
            key: s.organisation[0],
            name: s.organisation[1],
            acronym: s.organisation[2],
            role: 'subject',
            provenance: span(cleanText, s.organisation[2]),
          },
        ],
      },
      countries: {
        create: [{ key: s.country[0], name: s.country[1], provenance: span(cleanText, s.country[2]) }],
      },
      frameworks: { create: s.frameworks.map((f) => ({ ...f, provenance: span(cleanText, f.quote) })) },
      methods: {
        create: s.methods.map(([key, name]) => ({
          key,
          name,
          provenance: { source: 'derived', from: 'abstract' },
        })),
      },
      sections: {
        create: sections.map((x, position) => {
          const where = span(cleanText, x.text);
          return {
            position,
            heading: x.heading,
            level: 1,
            language: 'id',
            text: x.text,
            start: where.start,
            end: where.end,
          };
        }),
      },
      figures: {
        create: figures.map((f) => {
          const where = span(cleanText, f.sentence);
          return { ...f, start: where.start, end: where.end };
        }),
      },
    },
  });
}

/** A migrated temp store (SQLite, or PostgreSQL under TELAAH_TEST_POSTGRES_URL) holding the four seed studies; `cleanup` disconnects and removes it. */
export async function makeSeededDb(): Promise<{ db: Db; file: string; cleanup: () => Promise<void> }> {
  const ws = await makeWorkspace({ copyCorpus: false });
  const file = ws.database;
  // The migrations run in a child process (scripts/migrate.ts calls applyMigrations): in this process the
  // WebAssembly schema engine leaves a write transaction open on the file, and every later query then times out.
  execFileSync('npx', ['tsx', 'scripts/migrate.ts', '--database', file], { stdio: 'pipe' });
  const db = openDb(file);
  for (const study of BROWSE_SEED) await seedStudy(db, study);
  return {
    db,
    file,
    cleanup: async () => {
      await db.$disconnect();
      await ws.cleanup();
    },
  };
}
