import type { Provenance } from '../ingest/types';
import { getDb, type Db } from './client';
import type { Prisma } from './generated/client';
import { anchorAt, quoteFor, type SourceQuote } from './source-quote';
import { findFindings, type Finding } from './study-findings';
import { summaryInclude, toStudySummary } from './study-mappers';
import type { Named, StudySummary } from './types';

/** How one study applies one framework: the sentence that says so, the mechanisms it names, what it found. */
export interface FrameworkUse {
  frameworkKey: string;
  study: StudySummary;
  quote: SourceQuote | null;
  mechanisms: string[];
  provenance: Provenance;
  methods: Named[];
  findings: Finding[];
}

const useInclude = {
  ...summaryInclude,
  methods: true,
  sections: {
    orderBy: { position: 'asc' },
    select: { heading: true, text: true, language: true, start: true, end: true },
  },
} satisfies Prisma.StudyInclude;

/** Every use of the given frameworks, grouped by framework key (keys no study uses map to an empty list). */
export async function listFrameworkUses(
  keys: string[],
  db: Db = getDb(),
): Promise<Map<string, FrameworkUse[]>> {
  const rows = await db.study.findMany({
    where: { frameworks: { some: { key: { in: keys } } } },
    include: useInclude,
    orderBy: [{ periodTo: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
  });
  const uses = new Map<string, FrameworkUse[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const study = toStudySummary(row);
    const provenanceMap = row.provenance as Record<string, Provenance>;
    const context = { cleanText: row.cleanText, provenance: provenanceMap, sections: row.sections };
    const findings = findFindings({
      abstracts: { id: row.abstractId, en: row.abstractEn },
      sections: row.sections,
    });
    const methods = row.methods.map((m) => ({ key: m.key, name: m.name }));
    for (const framework of row.frameworks) {
      const list = uses.get(framework.key);
      if (!list || list.some((u) => u.study.id === row.id)) continue;
      const provenance = framework.provenance as Provenance;
      // The ingest stores the sentence itself; the provenance span only tells us where it sits in the study page.
      const start = provenance.source === 'curated' ? undefined : provenance.start;
      const abstracts = { id: provenanceMap.abstractId, en: provenanceMap.abstractEn };
      const quote: SourceQuote | null = framework.quote
        ? {
            text: framework.quote,
            anchor: start === undefined ? null : anchorAt(start, abstracts, row.sections),
          }
        : quoteFor(provenance, context);
      list.push({
        frameworkKey: framework.key,
        study,
        quote,
        mechanisms: framework.mechanisms as string[],
        provenance,
        methods,
        findings,
      });
    }
  }
  return uses;
}
