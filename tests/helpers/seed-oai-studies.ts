// Studies with everything the OAI-PMH provider serves (both titles and abstracts, keywords in both languages,
// curated organisations, countries and frameworks, a DOI) and chosen datestamps, so a test can harvest by date.
// The texts are invented for the tests.
import type { Db } from '@/lib/db/client';

export interface OaiSeed {
  id: string;
  updatedAt: Date;
  organisation: { key: string; name: string } | null;
  country: { key: string; name: string };
  framework: { key: string; name: string } | null;
}

const ORGANISATIONS = [
  { key: 'iom', name: 'International Organization for Migration' },
  { key: 'unodc', name: 'United Nations Office on Drugs and Crime' },
];
const COUNTRIES = [
  { key: 'id', name: 'Indonesia' },
  { key: 'ph', name: 'Philippines' },
  { key: 'my', name: 'Malaysia' },
];
const FRAMEWORKS = [{ key: 'securitization', name: 'Securitization' }];

/** `count` studies, a day apart from 2025-01-01 (every fifth one sharing its neighbour's instant, for the order by id). */
export function makeOaiSeeds(count: number): OaiSeed[] {
  return Array.from({ length: count }, (_, i) => {
    const day = i - (i % 5 === 4 ? 1 : 0);
    return {
      id: `oai_${String(i).padStart(3, '0')}`,
      updatedAt: new Date(Date.UTC(2025, 0, 1 + day, 8, 30, 15, 500)),
      organisation: i % 3 === 2 ? null : (ORGANISATIONS[i % 2] ?? null),
      country: COUNTRIES[i % 3]!,
      framework: i % 4 === 0 ? FRAMEWORKS[0]! : null,
    };
  });
}

const provenance = { source: 'curated' };

export async function seedOaiStudies(db: Db, seeds: OaiSeed[]): Promise<void> {
  for (const [i, s] of seeds.entries()) {
    await db.study.create({
      data: {
        id: s.id,
        sourceFile: `${s.id}.txt`,
        contentHash: s.id,
        kind: i % 2 === 0 ? 'journal-article' : 'thesis',
        languages: 'id,en',
        titleId: `Kajian migrasi tenaga kerja nomor ${i} & "perlindungan" <pekerja>`,
        titleEn: `A study of labour migration number ${i} & "protection" <workers>`,
        abstractId: `Abstrak rekaan untuk uji coba nomor ${i}.`,
        abstractEn: `An invented abstract for test number ${i}.`,
        venue: i % 2 === 0 ? 'Jurnal Kajian Uji' : 'Universitas Contoh',
        year: 2015 + (i % 10),
        doi: i % 2 === 0 ? `10.5555/telaah.${i}` : null,
        originalText: '',
        cleanText: '',
        provenance: {},
        repairs: [],
        updatedAt: s.updatedAt,
        authors: { create: [{ position: 0, name: `Penulis Uji ${i}`, provenance }] },
        keywords: {
          create: [
            { language: 'id', position: 0, value: 'migrasi', provenance },
            { language: 'en', position: 1, value: 'migration', provenance },
          ],
        },
        organisations: s.organisation
          ? { create: [{ ...s.organisation, role: 'subject', provenance }] }
          : undefined,
        countries: { create: [{ ...s.country, provenance }] },
        frameworks: s.framework ? { create: [{ ...s.framework, mechanisms: [], provenance }] } : undefined,
      },
    });
  }
}
