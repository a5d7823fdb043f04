// A small factory for Study rows, for tests that need studies in the store without running the ingest.
import type { Db } from '@/lib/db/client';

export interface SeedStudy {
  id: string;
  kind?: string;
  titleId?: string | null;
  titleEn?: string | null;
  abstractId?: string | null;
  abstractEn?: string | null;
  year?: number | null;
  venue?: string | null;
  volume?: string | null;
  issue?: string | null;
  affiliation?: string | null;
  authors?: string[];
}

export const SEED_STUDIES: SeedStudy[] = [
  {
    id: '001_test_devi',
    kind: 'journal-article',
    titleId: 'Peran International Justice Mission (IJM) dalam menangani kasus OSEC di Filipina 2010-2019',
    abstractId: 'Penelitian ini membahas peran IJM.',
    abstractEn: 'This study discusses the role of IJM.',
    year: 2024,
    venue: 'DIKSHI',
    volume: '3',
    issue: '2',
    authors: ['A.A.A.K. Devi', 'N.W.R. Priadarsini', 'P.T.K. Resen'],
  },
  {
    id: '003_test_amalia',
    kind: 'thesis-abstract',
    titleId:
      'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
    titleEn:
      "International Organization for Migration's Efforts in Handling Human Trafficking in Indonesia in 2023-2024",
    abstractId: 'Perdagangan manusia merupakan kejahatan.',
    year: 2024,
    authors: ['Nurul Aida Amalia'],
  },
  {
    id: '004_test_saragih',
    kind: 'journal-article',
    titleId:
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    abstractEn: 'Human trafficking is a transnational crime.',
    year: 2023,
    venue: 'Jurnal Hubungan Internasional',
    authors: ['Eriston Saragih', 'Alfajri'],
  },
];

/** Inserts the studies (default: SEED_STUDIES) with the fields reading lists and citations read. */
export async function seedStudies(db: Db, studies: SeedStudy[] = SEED_STUDIES): Promise<void> {
  for (const s of studies) {
    await db.study.create({
      data: {
        id: s.id,
        sourceFile: `${s.id}.txt`,
        contentHash: s.id,
        kind: s.kind ?? 'journal-article',
        languages: 'id,en',
        titleId: s.titleId ?? null,
        titleEn: s.titleEn ?? null,
        abstractId: s.abstractId ?? null,
        abstractEn: s.abstractEn ?? null,
        year: s.year ?? null,
        venue: s.venue ?? null,
        volume: s.volume ?? null,
        issue: s.issue ?? null,
        affiliation: s.affiliation ?? null,
        originalText: '',
        cleanText: '',
        provenance: {},
        repairs: [],
        authors: {
          create: (s.authors ?? []).map((name, position) => ({
            position,
            name,
            provenance: { source: 'curated', file: 'test' },
          })),
        },
      },
    });
  }
}
