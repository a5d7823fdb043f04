import type { Provenance } from '../ingest/types';
import { getDb, type Db } from './client';
import { anchorAt, quoteFor, type QuoteContext, type SourceQuote } from './source-quote';
import { findFindings, type Finding } from './study-findings';
import { detailInclude, toStudyDetail } from './study-mappers';
import type { StudyDetail } from './types';

/** One value in a comparison cell: a vocabulary key when it has one, the stored text, and where it came from. */
export interface ComparedValue {
  key: string | null;
  text: string;
  quote: SourceQuote | null;
  provenance: Provenance | null;
  mechanisms?: string[];
}

export interface StudyColumn {
  study: StudyDetail;
  kind: ComparedValue[];
  authors: ComparedValue[];
  venueYear: ComparedValue[];
  organisations: ComparedValue[];
  countries: ComparedValue[];
  period: ComparedValue[];
  frameworks: ComparedValue[];
  methods: ComparedValue[];
  figures: ComparedValue[];
  findings: Finding[];
}

/** The studies with these ids, in the order given; unknown ids are left out (the page reports them). */
export async function compareStudies(ids: string[], db: Db = getDb()): Promise<StudyColumn[]> {
  const rows = await db.study.findMany({ where: { id: { in: ids } }, include: detailInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const provenance = row.provenance as Record<string, Provenance>;
    const context: QuoteContext = { cleanText: row.cleanText, provenance, sections: row.sections };
    const value = (text: string, p: Provenance | undefined, key: string | null = null): ComparedValue => ({
      key,
      text,
      quote: quoteFor(p, context),
      provenance: p ?? null,
    });
    const abstracts = { id: provenance.abstractId, en: provenance.abstractEn };
    const venue = [row.venue, row.volume && `Vol. ${row.volume}`, row.issue && `No. ${row.issue}`]
      .filter(Boolean)
      .join(', ');
    return [
      {
        study: toStudyDetail(row),
        kind: [value(row.kind, provenance.kind, row.kind)],
        authors: row.authors.map((a) => value(a.name, a.provenance as Provenance)),
        venueYear: [
          ...(venue ? [value(venue, provenance.venue)] : []),
          ...(row.year !== null ? [value(String(row.year), provenance.year)] : []),
        ],
        organisations: row.organisations
          .filter((o) => o.role === 'subject')
          .map((o) => value(o.name, o.provenance as Provenance, o.key)),
        countries: row.countries.map((c) => value(c.name, c.provenance as Provenance, c.key)),
        period:
          row.periodFrom !== null && row.periodTo !== null
            ? [
                value(
                  row.periodFrom === row.periodTo ? `${row.periodFrom}` : `${row.periodFrom}–${row.periodTo}`,
                  provenance.period,
                ),
              ]
            : [],
        frameworks: row.frameworks.map((f) => {
          const p = f.provenance as Provenance;
          const start = p.source === 'curated' ? undefined : p.start;
          const quote = f.quote
            ? { text: f.quote, anchor: start === undefined ? null : anchorAt(start, abstracts, row.sections) }
            : quoteFor(p, context);
          return { key: f.key, text: f.name, quote, provenance: p, mechanisms: f.mechanisms as string[] };
        }),
        methods: row.methods.map((m) => value(m.name, m.provenance as Provenance, m.key)),
        figures: row.figures.map((f) => ({
          key: null,
          text: `${f.value} ${f.counts}`,
          quote: { text: f.sentence, anchor: anchorAt(f.start, abstracts, row.sections) },
          provenance: { source: 'extracted', start: f.start, end: f.end },
        })),
        findings: findFindings({
          abstracts: { id: row.abstractId, en: row.abstractEn },
          sections: row.sections,
        }),
      },
    ];
  });
}
