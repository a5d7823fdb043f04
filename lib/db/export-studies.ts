import type { Db } from './client';
import { detailInclude, toStudyDetail } from './study-mappers';
import type { Named, StudyDetail } from './types';

const label = (n: Named) => (n.acronym ? `${n.name} (${n.acronym})` : n.name);

/** One study in the export format documented in the README ("Exporting the store"). */
export function toExportRecord(study: StudyDetail) {
  return {
    id: study.id,
    sourceFile: study.sourceFile,
    format: study.format,
    kind: study.kind,
    languages: study.languages,
    title: { id: study.titles.id, en: study.titles.en, derived: study.titleDerived },
    authors: study.authors,
    contributors: study.contributors,
    affiliation: study.affiliation,
    email: study.email,
    venue: study.venue,
    volume: study.volume,
    issue: study.issue,
    year: study.year,
    doi: study.doi,
    url: study.url,
    abstract: { id: study.abstracts.id, en: study.abstracts.en },
    abstractTruncated: study.abstractTruncated,
    keywords: study.keywords,
    organisations: study.organisations.map(label),
    actors: study.actors.map(label),
    countries: study.countries.map((c) => c.name),
    period: study.period,
    frameworks: study.frameworkUses.map((f) => f.name),
    frameworkUses: study.frameworkUses.map((f) => ({
      framework: f.name,
      mechanisms: f.mechanisms,
      quote: f.quote,
    })),
    methods: study.methods.map((m) => m.name),
    sections: study.sections.map((s) => ({ heading: s.heading, level: s.level })),
    references: study.references,
    figures: study.figures,
    nearDuplicates: study.nearDuplicates,
    provenance: study.provenance,
  };
}

export type ExportRecord = ReturnType<typeof toExportRecord>;

/** Every stored study, in id order, read in pages. */
export async function* exportStudies(db: Db): AsyncGenerator<ExportRecord> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.study.findMany({
      take: 200,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      include: detailInclude,
    });
    for (const row of rows) yield toExportRecord(toStudyDetail(row));
    if (rows.length < 200) return;
    cursor = rows.at(-1)?.id;
  }
}
