import { z } from 'zod';
import { FACET_KEYS, type FacetKey, type SearchRequest } from './types';

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

export const searchParamsSchema = z.object({
  q: z.string().max(500, 'q: at most 500 characters').default(''),
  lang: z.enum(['all', 'id', 'en']).default('all'),
  match: z.enum(['all', 'any']).default('all'),
  page: z.coerce.number().int('page must be a whole number').min(1).max(1000).default(1),
  size: z.coerce.number().int('size must be a whole number').min(1).max(100).default(10),
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, facetValues.optional()])),
});

export type RawSearchParams = Record<string, string | string[] | undefined>;

export class SearchParamsError extends Error {
  readonly code = 'bad-request';
}

/** Turns URL search params into a validated SearchRequest; the error message names each bad parameter. */
export function parseSearchParams(raw: RawSearchParams): SearchRequest {
  const unknown = Object.keys(raw).filter((k) => !(k in searchParamsSchema.shape));
  if (unknown.length) throw new SearchParamsError(`unknown parameter(s): ${unknown.join(', ')}`);
  const parsed = searchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SearchParamsError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
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
  };
}

/** The URL query string of a search request: the inverse of parseSearchParams, with defaults left out. */
export function toSearchQueryString(request: Partial<SearchRequest>): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  if (request.language && request.language !== 'all') params.set('lang', request.language);
  if (request.match === 'any') params.set('match', 'any');
  for (const key of FACET_KEYS) for (const value of request.filters?.[key] ?? []) params.append(key, value);
  if (request.page && request.page > 1) params.set('page', String(request.page));
  if (request.size && request.size !== 10) params.set('size', String(request.size));
  const text = params.toString();
  return text ? `?${text}` : '';
}
