// The page-chrome patterns of lib/vocabulary/data/boilerplate.yaml: what aggregator, repository and journal pages
// wrap around a document. Validated at load (a pattern that does not compile is an error naming its entry) and
// compiled once per process.
import { z } from 'zod';
import { loadDataFile } from './load-data';

const compiles = (source: string) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

const pattern = z.string().min(1).refine(compiles, 'is not a valid regular expression');

export const boilerplateEntrySchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower case with dashes'),
    match: z.enum(['line', 'prefix', 'suffix', 'split']),
    pattern,
    caseSensitive: z.boolean().default(false),
    weak: z.boolean().default(false),
    head: z.number().int().positive().optional(),
    next: z.number().int().min(0).max(5).default(0),
    until: pattern.optional(),
    within: z.number().int().positive().max(100).optional(),
    hint: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    note: z.string().min(1),
  })
  .strict()
  .refine((e) => (e.until === undefined) === (e.within === undefined), {
    message: 'until and within go together',
    path: ['until'],
  })
  .refine((e) => e.match === 'line' || (!e.weak && e.next === 0 && e.until === undefined), {
    message: 'weak, next and until apply to whole-line entries only',
    path: ['match'],
  });

export type BoilerplateEntry = z.infer<typeof boilerplateEntrySchema>;

export interface BoilerplatePattern {
  key: string;
  match: BoilerplateEntry['match'];
  /** Anchored as `match` says: ^...$ for a line, ^... for a prefix, ...$ for a suffix, ^... for a split. */
  regex: RegExp;
  weak: boolean;
  head: number | null;
  next: number;
  until: RegExp | null;
  within: number;
  /** Lower-case strings of which a line must hold one before the pattern is tried (a cheap first test). */
  hints: string[] | null;
}

export function compileBoilerplate(entries: BoilerplateEntry[]): BoilerplatePattern[] {
  return entries.map((e) => {
    const flags = e.caseSensitive ? 'u' : 'iu';
    const source =
      e.match === 'line'
        ? `^(?:${e.pattern})$`
        : e.match === 'suffix'
          ? `(?:${e.pattern})$`
          : `^(?:${e.pattern})`;
    return {
      key: e.key,
      match: e.match,
      regex: new RegExp(source, flags),
      weak: e.weak,
      head: e.head ?? null,
      next: e.next,
      until: e.until === undefined ? null : new RegExp(`^(?:${e.until})$`, flags),
      within: e.within ?? 0,
      hints:
        e.hint === undefined ? null : (Array.isArray(e.hint) ? e.hint : [e.hint]).map((h) => h.toLowerCase()),
    };
  });
}

let cached: BoilerplatePattern[] | null = null;

/** The compiled patterns of boilerplate.yaml, read once. */
export function boilerplatePatterns(): BoilerplatePattern[] {
  cached ??= compileBoilerplate(loadDataFile('boilerplate.yaml', boilerplateEntrySchema));
  return cached;
}
