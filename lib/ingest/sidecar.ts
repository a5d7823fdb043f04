import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Field, ParsedDocument } from './types';

// A curator's corrections for one document, kept next to it as `NAME.meta.yaml`. Every key is optional; a value
// given here replaces what the ingest extracted, and `null` clears a wrong value. Vocabulary-backed lists take keys
// (e.g. organisations: [iom]).
const year = z.number().int().min(1900).max(2100);
const text = z.string().trim().min(1).max(2000);
const keys = z
  .array(z.string().regex(/^[a-z0-9-]+$/, 'vocabulary keys are lower-case words joined by "-"'))
  .max(50);

export const sidecarSchema = z
  .object({
    kind: z.enum(['thesis-abstract', 'thesis', 'journal-article', 'conference-paper', 'report', 'unknown']),
    title: z.object({ id: text.nullable(), en: text.nullable() }).partial().strict(),
    authors: z.array(text).max(100),
    affiliation: text.nullable(),
    email: z.email().nullable(),
    venue: text.nullable(),
    volume: z.string().max(20).nullable(),
    issue: z.string().max(20).nullable(),
    year: year.nullable(),
    period: z
      .object({ from: year, to: year })
      .strict()
      .refine((p) => p.from <= p.to, 'period.from must not be after period.to')
      .nullable(),
    keywords: z
      .object({ id: z.array(text), en: z.array(text) })
      .partial()
      .strict(),
    organisations: keys,
    actors: keys,
    countries: keys,
    frameworks: keys,
    methods: keys,
  })
  .partial()
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

export class SidecarError extends Error {
  readonly code = 'invalid-sidecar';
}

/** Parses and validates a sidecar's text; the error names the file and every offending key. */
export function parseSidecar(source: string, fileName: string): Sidecar {
  let raw: unknown;
  try {
    raw = parseYaml(source) ?? {};
  } catch (error) {
    throw new SidecarError(`${fileName}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = sidecarSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new SidecarError(`${fileName}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Applies curated values over the parsed document; curated values win and carry `curated` provenance. */
export function applySidecar(doc: ParsedDocument, sidecar: Sidecar, file: string): ParsedDocument {
  const curated = { source: 'curated', file } as const;
  const field = <T>(value: T): Field<T> => ({ value, provenance: curated });
  const optional = <T>(value: T | null | undefined, current: Field<T> | null): Field<T> | null =>
    value === undefined ? current : value === null ? null : field(value);
  const mentions = (list: string[] | undefined, current: ParsedDocument['subjects']) =>
    list === undefined ? current : list.map((key) => ({ key, provenance: curated }));

  const next: ParsedDocument = { ...doc };
  if (sidecar.kind) next.kind = field(sidecar.kind);
  if (sidecar.title) {
    next.title = { ...doc.title };
    for (const lang of ['id', 'en'] as const) {
      const value = sidecar.title[lang];
      if (value === null) delete next.title[lang];
      else if (value !== undefined) next.title[lang] = field(value);
    }
  }
  if (sidecar.authors) next.authors = sidecar.authors.map(field);
  next.affiliation = optional(sidecar.affiliation, doc.affiliation);
  next.email = optional(sidecar.email, doc.email);
  next.venue = optional(sidecar.venue, doc.venue);
  next.volume = optional(sidecar.volume, doc.volume);
  next.issue = optional(sidecar.issue, doc.issue);
  next.year = optional(sidecar.year, doc.year);
  next.period = optional(sidecar.period, doc.period);
  if (sidecar.keywords) {
    next.keywords = {
      id: sidecar.keywords.id?.map(field) ?? doc.keywords.id,
      en: sidecar.keywords.en?.map(field) ?? doc.keywords.en,
    };
  }
  next.subjects = mentions(sidecar.organisations, doc.subjects);
  next.actors = mentions(sidecar.actors, doc.actors);
  next.countries = mentions(sidecar.countries, doc.countries);
  next.methods = mentions(sidecar.methods, doc.methods);
  if (sidecar.frameworks) {
    next.frameworks = sidecar.frameworks.map(
      (key) =>
        doc.frameworks.find((f) => f.key === key) ?? { key, provenance: curated, quote: '', mechanisms: [] },
    );
  }
  return next;
}
