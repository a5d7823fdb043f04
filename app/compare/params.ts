// The comparison URLs: /compare/frameworks?framework=a&framework=b[&by=country] and /compare/studies?study=x&study=y.
// Parsed with zod; a problem is returned as a code the page words in the interface language.
import { z } from 'zod';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const list = (item: z.ZodString) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
    .pipe(z.array(item).max(20));

const frameworksSchema = z.object({
  framework: list(z.string().regex(/^[a-z0-9-]{1,100}$/)),
  by: z.enum(['organisation', 'country']).catch('organisation').default('organisation'),
});
const studiesSchema = z.object({ study: list(z.string().regex(/^[a-z0-9_-]{1,200}$/)) });

export type CompareProblem = 'invalid' | 'too-few' | 'too-many' | null;

function problemOf(count: number): CompareProblem {
  if (count < MIN_COMPARED) return 'too-few';
  return count > MAX_COMPARED ? 'too-many' : null;
}

type Raw = Record<string, string | string[] | undefined>;

export function parseFrameworkCompare(raw: Raw) {
  const parsed = frameworksSchema.safeParse(raw);
  if (!parsed.success) return { keys: [], by: 'organisation' as const, problem: 'invalid' as CompareProblem };
  return {
    keys: parsed.data.framework,
    by: parsed.data.by,
    problem: problemOf(parsed.data.framework.length),
  };
}

export function parseStudyCompare(raw: Raw) {
  const parsed = studiesSchema.safeParse(raw);
  if (!parsed.success) return { ids: [], problem: 'invalid' as CompareProblem };
  return { ids: parsed.data.study, problem: problemOf(parsed.data.study.length) };
}

/** The URL of a framework comparison (or of the chooser with its matrix, when no key is given). */
export function frameworkCompareHref(keys: string[], by: 'organisation' | 'country'): string {
  const params = new URLSearchParams(keys.map((k) => ['framework', k]));
  if (by !== 'organisation') params.set('by', by);
  const query = params.toString();
  return `/compare/frameworks${query ? `?${query}` : ''}`;
}
