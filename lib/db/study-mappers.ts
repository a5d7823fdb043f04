import { z } from 'zod';
import type { Provenance } from '../ingest/types';
import type { Prisma } from './generated/client';
import type { StudyDetail, StudySummary } from './types';

export const summaryInclude = {
  authors: { orderBy: { position: 'asc' } },
  organisations: true,
  countries: true,
  frameworks: true,
} satisfies Prisma.StudyInclude;

export const detailInclude = {
  ...summaryInclude,
  keywords: { orderBy: { position: 'asc' } },
  methods: true,
  sections: { orderBy: { position: 'asc' } },
  captions: true,
  references: { orderBy: { position: 'asc' } },
  figures: true,
  contributors: { orderBy: { position: 'asc' } },
  nearDuplicates: { orderBy: { similarity: 'desc' } },
  original: { select: { mediaType: true, fileName: true } }, // not the bytes: the original's route reads those
} satisfies Prisma.StudyInclude;

type SummaryRow = Prisma.StudyGetPayload<{ include: typeof summaryInclude }>;
type DetailRow = Prisma.StudyGetPayload<{ include: typeof detailInclude }>;

const named = (row: { key: string; name: string; acronym?: string | null; inVocabulary?: boolean }) => ({
  key: row.key,
  name: row.name,
  acronym: row.acronym ?? null,
  inVocabulary: row.inVocabulary ?? true,
});

export function toStudySummary(row: SummaryRow): StudySummary {
  const titleLanguage = row.titleId ? 'id' : 'en';
  const title = row.titleId ?? row.titleEn ?? row.sourceFile;
  return {
    id: row.id,
    title,
    titleLanguage,
    titleDerived: row.titleDerived,
    titles: { id: row.titleId, en: row.titleEn },
    kind: row.kind,
    languages: row.languages ? row.languages.split(',') : [],
    year: row.year,
    authors: row.authors.map((a) => a.name),
    organisations: row.organisations.filter((o) => o.role === 'subject').map(named),
    countries: row.countries.map(named),
    frameworks: row.frameworks.map(named),
    period:
      row.periodFrom !== null && row.periodTo !== null ? { from: row.periodFrom, to: row.periodTo } : null,
  };
}

const firstProvenance = (rows: { provenance: unknown }[]) => rows[0]?.provenance as Provenance | undefined;

const pagesSchema = z.array(
  z.object({ page: z.number().int().min(1), ocrConfidence: z.number().nullable() }).passthrough(),
);

/** A PDF's pages as stored; anything else (a text file's null, a damaged value) is no pages. */
function storedPages(value: unknown): StudyDetail['pages'] {
  const parsed = pagesSchema.safeParse(value);
  return parsed.success ? parsed.data.map(({ page, ocrConfidence }) => ({ page, ocrConfidence })) : [];
}

/** Where the study's original file is served (app/studies/[id]/original). */
export const originalHref = (id: string) => `/studies/${encodeURIComponent(id)}/original`;

export function toStudyDetail(row: DetailRow): StudyDetail {
  const keywords = (language: string) =>
    row.keywords.filter((k) => k.language === language).map((k) => k.value);
  return {
    ...toStudySummary(row),
    sourceFile: row.sourceFile,
    titles: { id: row.titleId, en: row.titleEn },
    abstracts: { id: row.abstractId, en: row.abstractEn },
    abstractTruncated: { id: row.abstractIdTruncated, en: row.abstractEnTruncated },
    contributors: row.contributors.map((c) => ({ name: c.name, role: c.role })),
    nearDuplicates: row.nearDuplicates.map((d) => ({ id: d.otherId, similarity: d.similarity })),
    keywords: { id: keywords('id'), en: keywords('en') },
    affiliation: row.affiliation,
    email: row.email,
    venue: row.venue,
    volume: row.volume,
    issue: row.issue,
    actors: row.organisations.filter((o) => o.role === 'actor').map(named),
    methods: row.methods.map(named),
    frameworkUses: row.frameworks.map((f) => ({
      ...named(f),
      quote: f.quote,
      mechanisms: f.mechanisms as string[],
      provenance: f.provenance as Provenance,
    })),
    sections: row.sections.map((s) => ({
      heading: s.heading,
      level: s.level,
      text: s.text,
      language: s.language,
      start: s.start,
      end: s.end,
    })),
    captions: row.captions.map((c) => ({ kind: c.kind, label: c.label, text: c.text })),
    references: row.references.map((r) => ({ ...r, authors: r.authors as string[] })),
    figures: row.figures.map((f) => ({ value: f.value, counts: f.counts, sentence: f.sentence })),
    provenance: row.provenance as Record<string, Provenance>,
    listProvenance: {
      authors: firstProvenance(row.authors),
      keywords: firstProvenance(row.keywords),
      organisations: firstProvenance(row.organisations.filter((o) => o.role === 'subject')),
      actors: firstProvenance(row.organisations.filter((o) => o.role === 'actor')),
      countries: firstProvenance(row.countries),
      methods: firstProvenance(row.methods),
    },
    repairs: (row.repairs as { kind: string; original: string; replacement: string }[]) ?? [],
    ingestedAt: row.ingestedAt.toISOString(),
    format: row.format === 'pdf' || row.format === 'harvest' ? row.format : 'text',
    doi: row.doi,
    url: row.url,
    original: row.original
      ? { href: originalHref(row.id), mediaType: row.original.mediaType, fileName: row.original.fileName }
      : null,
    pages: storedPages(row.pages),
    harvested: [],
  };
}
