// URL parsing and building for the browse pages. Filters use the search page's public facet keys and value forms,
// so /browse/organisation/iom?country=id and /?organisation=iom&country=id select the same studies.
import { z } from 'zod';
import type { StudyFilters } from '@/lib/db/study-filters';
import { FACET_KEYS } from '@/lib/search/search-params';
import type { FacetKey } from '@/lib/search/types';

export const facetKeySchema = z.enum(FACET_KEYS);

const facetValue = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'facet values are words, digits, "-" or "_"');
const facetValues = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(facetValue).max(20));

const browseQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, facetValues.optional()])),
});

export const facetPathSchema = z.object({ facet: facetKeySchema });
export const valuePathSchema = z.object({ facet: facetKeySchema, value: facetValue });

export type RawParams = Record<string, string | string[] | undefined>;

export type BrowseQuery = { ok: true; filters: StudyFilters; page: number } | { ok: false; message: string };

/** Filters and page from the query string; unknown parameters (say, a tracking tag) are ignored. */
export function parseBrowseQuery(raw: RawParams): BrowseQuery {
  const parsed = browseQuerySchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  const data = parsed.data as { page: number } & Partial<Record<FacetKey, string[]>>;
  const filters: StudyFilters = {};
  for (const key of FACET_KEYS) if (data[key]?.length) filters[key] = [...new Set(data[key])];
  return { ok: true, filters, page: data.page };
}

export function withValue(filters: StudyFilters, facet: FacetKey, value: string): StudyFilters {
  const current = filters[facet] ?? [];
  return current.includes(value) ? filters : { ...filters, [facet]: [...current, value] };
}

export function withoutValue(filters: StudyFilters, facet: FacetKey, value: string): StudyFilters {
  const rest = (filters[facet] ?? []).filter((v) => v !== value);
  const next = { ...filters };
  if (rest.length) next[facet] = rest;
  else delete next[facet];
  return next;
}

/**
 * The one URL of a combination: the first facet (in the public key order) with a value becomes the path, the
 * rest the query string, so the same selection always has the same shareable link.
 */
export function browseHref(filters: StudyFilters, page = 1): string {
  const first = FACET_KEYS.find((key) => filters[key]?.length);
  if (!first) return '/browse';
  const [value, ...others] = filters[first] ?? [];
  const params = new URLSearchParams();
  for (const other of others) params.append(first, other);
  for (const key of FACET_KEYS) if (key !== first) for (const v of filters[key] ?? []) params.append(key, v);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/browse/${first}/${encodeURIComponent(value ?? '')}${query ? `?${query}` : ''}`;
}

/** The browse page of one facet's values, counted within the current selection. */
export function facetHref(facet: FacetKey, filters: StudyFilters = {}): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) for (const v of filters[key] ?? []) params.append(key, v);
  const query = params.toString();
  return `/browse/${facet}${query ? `?${query}` : ''}`;
}
