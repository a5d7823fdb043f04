import { z } from 'zod';
import type { ExportRecord } from '../db/export-studies';

// How well the ingest reads documents it was never fitted to: an export scored against an answer key written by
// a careful reader, field by field. The metric is the one the team measures with (the dev set's scorer): seven
// fields, each 0..1 per document, averaged. Kept here so `npm run eval:ingest` and the integration test's floor
// need nothing outside the project.

export const keyEntrySchema = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  orgs: z.array(z.string()),
  countries: z.array(z.string()),
  period: z.tuple([z.number(), z.number()]).nullable(),
  frameworks: z.array(z.string()),
  langs: z.array(z.string()),
});
export const answerKeySchema = z.record(z.string(), keyEntrySchema);
export type AnswerKey = z.infer<typeof answerKeySchema>;

export const SCORED_FIELDS = [
  'title',
  'authors',
  'orgs',
  'countries',
  'period',
  'frameworks',
  'langs',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
export type FieldScores = Record<ScoredField, number>;

const normalise = (s: unknown) =>
  String(s ?? '')
    .replace(/isation/gi, 'ization')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const tokens = (s: string) => new Set(normalise(s).split(' ').filter(Boolean));

/** Dice coefficient of the two texts' word sets. */
function similarity(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const t of A) if (B.has(t)) shared++;
  return (2 * shared) / (A.size + B.size);
}

function f1<K, G>(expected: K[], got: G[], match: (k: K, g: G) => boolean): number {
  if (!expected.length) return got.length ? 0 : 1;
  if (!got.length) return 0;
  const recall = expected.filter((k) => got.some((g) => match(k, g))).length / expected.length;
  const precision = got.filter((g) => expected.some((k) => match(k, g))).length / got.length;
  return recall + precision ? (2 * precision * recall) / (precision + recall) : 0;
}

const contains = (k: string, g: string) =>
  normalise(g).includes(normalise(k)) || normalise(k).includes(normalise(g));

export function scoreStudy(key: AnswerKey[string], study: ExportRecord): FieldScores {
  const titles = [study.title.id, study.title.en].filter((t): t is string => Boolean(t));
  const period = study.period ? [study.period.from, study.period.to] : null;
  const languages = new Set(study.languages.map((l) => normalise(l).slice(0, 2)));
  return {
    title:
      key.title === null
        ? titles.length === 0 || study.title.derived
          ? 1
          : 0
        : Math.max(0, ...titles.map((t) => similarity(t, key.title ?? ''))) >= 0.8
          ? 1
          : 0,
    authors: f1(key.authors.map(normalise), study.authors.map(normalise), (a, b) => similarity(a, b) >= 0.6),
    orgs: f1(key.orgs, study.organisations, contains),
    countries: f1(key.countries, study.countries, contains),
    period:
      key.period === null
        ? period === null
          ? 1
          : 0
        : period !== null && period[0] === key.period[0] && period[1] === key.period[1]
          ? 1
          : 0,
    frameworks:
      key.frameworks.length === 0
        ? study.frameworks.length === 0
          ? 1
          : 0.5
        : key.frameworks.filter((f) => study.frameworks.some((g) => normalise(g).includes(normalise(f))))
            .length / key.frameworks.length,
    langs: languages.size === key.langs.length && key.langs.every((l) => languages.has(l)) ? 1 : 0,
  };
}

export interface IngestScore {
  documents: number;
  missing: string[];
  perDocument: { id: string; scores: FieldScores | null }[];
  fields: FieldScores; // mean per field, 0..1
  overall: number; // mean over fields and documents, 0..1
}

/** Scores every key entry against the study whose source file name starts with the entry's id. */
export function scoreExport(key: AnswerKey, studies: ExportRecord[]): IngestScore {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, 0])) as FieldScores;
  const perDocument: IngestScore['perDocument'] = [];
  const missing: string[] = [];
  for (const [id, entry] of Object.entries(key)) {
    const study = studies.find((s) => (s.sourceFile.split('/').pop() ?? '').startsWith(id));
    if (!study) {
      missing.push(id);
      perDocument.push({ id, scores: null });
      continue;
    }
    const scores = scoreStudy(entry, study);
    for (const f of SCORED_FIELDS) fields[f] += scores[f];
    perDocument.push({ id, scores });
  }
  const n = Object.keys(key).length || 1;
  for (const f of SCORED_FIELDS) fields[f] /= n;
  const overall = SCORED_FIELDS.reduce((sum, f) => sum + fields[f], 0) / SCORED_FIELDS.length;
  return { documents: n, missing, perDocument, fields, overall };
}
