import { z } from 'zod';
import { FACET_KEYS, SORT_ORDERS, type FacetKey, type SearchRequest, type YearRange } from './types';

// The URL is the state of a search. These parameter names are public API (bookmarks, shared links): keep them.
export { FACET_KEYS };

const facetValues = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(
    z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(100)
          .regex(/^[\p{L}\p{N} ._-]+$/u, 'facet values are words, digits, "-" or "_"'),
      )
      .max(20),
  );

// A year bound: four digits, so "2020" but not "2e3" or "20200"; an empty field of the form is no bound.
const yearBound = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.coerce.number().int('a year is a whole number').min(1000).max(2999).optional(),
);

const RANGES = [
  ['yearFrom', 'yearTo'],
  ['periodFrom', 'periodTo'],
] as const;

export const searchParamsSchema = z
  .object({
    q: z.string().max(500, 'q: at most 500 characters').default(''),
    lang: z.enum(['all', 'id', 'en']).default('all'),
    match: z.enum(['all', 'any']).default('all'),
    sort: z.enum(SORT_ORDERS).default('relevance'),
    page: z.coerce.number().int('page must be a whole number').min(1).max(1000).default(1),
    size: z.coerce.number().int('size must be a whole number').min(1).max(100).default(10),
    yearFrom: yearBound,
    yearTo: yearBound,
    periodFrom: yearBound,
    periodTo: yearBound,
    ...Object.fromEntries(FACET_KEYS.map((key) => [key, facetValues.optional()])),
  })
  .superRefine((v, ctx) => {
    for (const [from, to] of RANGES)
      if (v[from] !== undefined && v[to] !== undefined && v[from] > v[to])
        ctx.addIssue({ code: 'custom', path: [to], message: `${to} is before ${from}` });
  });
const shape = searchParamsSchema.shape;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export class SearchParamsError extends Error {
  readonly code = 'bad-request';
  /** The parameters that were not valid, for a message in the interface's language. */
  constructor(
    message: string,
    readonly params: string[],
  ) {
    super(message);
  }
}

const range = (from?: number, to?: number): YearRange | undefined =>
  from === undefined && to === undefined ? undefined : { from, to };

/** Turns URL search params into a validated SearchRequest; the error message names each bad parameter. */
export function parseSearchParams(raw: RawSearchParams): SearchRequest {
  const unknown = Object.keys(raw).filter((k) => !(k in shape));
  if (unknown.length) throw new SearchParamsError(`unknown parameter(s): ${unknown.join(', ')}`, unknown);
  const parsed = searchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SearchParamsError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean),
    );
  }
  const data = parsed.data as z.infer<typeof searchParamsSchema> & Partial<Record<FacetKey, string[]>>;
  const filters: SearchRequest['filters'] = {};
  for (const key of FACET_KEYS) if (data[key]?.length) filters[key] = data[key];
  return {
    q: data.q.trim(),
    filters,
    page: data.page,
    size: data.size,
    language: data.lang,
    match: data.match,
    sort: data.sort,
    year: range(data.yearFrom, data.yearTo),
    period: range(data.periodFrom, data.periodTo),
  };
}

/**
 * For the search page: a link with bad parameters still searches with the others, and says which were left out
 * (the page words it in the interface's language), instead of replacing the page with an error.
 */
export function parseSearchParamsLenient(raw: RawSearchParams): {
  request: SearchRequest;
  rejected: string[];
} {
  const rejected: string[] = [];
  let rest = { ...raw };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { request: parseSearchParams(rest), rejected };
    } catch (error) {
      if (!(error instanceof SearchParamsError) || error.params.length === 0) throw error;
      rejected.push(...error.params);
      rest = Object.fromEntries(Object.entries(rest).filter(([k]) => !error.params.includes(k)));
    }
  }
  return { request: parseSearchParams({}), rejected: Object.keys(raw) };
}

/** The URL query string of a search request: the inverse of parseSearchParams, with defaults left out. */
export function toSearchQueryString(request: Partial<SearchRequest>): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  if (request.language && request.language !== 'all') params.set('lang', request.language);
  if (request.match === 'any') params.set('match', 'any');
  if (request.sort && request.sort !== 'relevance') params.set('sort', request.sort);
  if (request.year?.from !== undefined) params.set('yearFrom', String(request.year.from));
  if (request.year?.to !== undefined) params.set('yearTo', String(request.year.to));
  if (request.period?.from !== undefined) params.set('periodFrom', String(request.period.from));
  if (request.period?.to !== undefined) params.set('periodTo', String(request.period.to));
  for (const key of FACET_KEYS) for (const value of request.filters?.[key] ?? []) params.append(key, value);
  if (request.page && request.page > 1) params.set('page', String(request.page));
  if (request.size && request.size !== 10) params.set('size', String(request.size));
  const text = params.toString();
  return text ? `?${text}` : '';
}
