import type { IndexableStudy } from '../search/types';
import type { Db } from './client';
import { summaryInclude, toStudySummary } from './study-mappers';

const PAGE = 500;

/** Every stored study in the shape the search index takes, read in pages so memory stays bounded by the index. */
export async function* listIndexableStudies(db: Db): AsyncGenerator<IndexableStudy> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.study.findMany({
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      include: {
        ...summaryInclude,
        keywords: { orderBy: { position: 'asc' } },
        sections: { orderBy: { position: 'asc' } },
      },
    });
    for (const row of rows) {
      const summary = toStudySummary(row);
      const keywords = (language: string) =>
        row.keywords.filter((k) => k.language === language).map((k) => k.value);
      yield {
        id: row.id,
        title: { id: row.titleId ?? undefined, en: row.titleEn ?? undefined },
        abstract: { id: row.abstractId ?? undefined, en: row.abstractEn ?? undefined },
        keywords: { id: keywords('id'), en: keywords('en') },
        authors: summary.authors,
        venue: row.venue,
        sections: row.sections.map((s) => ({
          heading: s.heading,
          language: s.language === 'id' || s.language === 'en' ? s.language : undefined,
          text: s.text,
        })),
        facets: {
          organisation: summary.organisations.map((o) => o.key),
          country: summary.countries.map((c) => c.key),
          framework: summary.frameworks.map((f) => f.key),
          kind: row.kind,
          language: summary.languages,
          year: row.year,
          period: summary.period,
        },
        display: summary as unknown as Record<string, unknown>,
      };
    }
    if (rows.length < PAGE) return;
    cursor = rows.at(-1)?.id;
  }
}
