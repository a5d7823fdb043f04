import { ActiveFilters } from '@/components/browse/active-filters';
import { getI18n } from '@/lib/i18n/get-i18n';
import { toSearchQueryString } from '@/lib/search/search-params';
import type { FacetKey, SearchRequest, YearRange } from '@/lib/search/types';

const href = (request: SearchRequest) => `/${toSearchQueryString({ ...request, page: 1 })}`;

/**
 * The search's filters as removable chips (browse's chips, linked to search URLs), year ranges included. Every
 * value in the URL gets a chip, whether or not the corpus knows it, so a filter that matches nothing can be removed.
 */
export async function SearchFilterChips({ request }: { request: SearchRequest }) {
  const { t } = await getI18n();
  const span = (r: YearRange) =>
    r.from !== undefined && r.to !== undefined
      ? r.from === r.to
        ? String(r.from)
        : `${r.from}–${r.to}`
      : r.from !== undefined
        ? t.searchTools.fromYear(r.from)
        : t.searchTools.untilYear(r.to!);
  const extra = [];
  if (request.year)
    extra.push({
      key: 'year-range',
      label: t.searchTools.published(span(request.year)),
      href: href({ ...request, year: undefined }),
    });
  if (request.period)
    extra.push({
      key: 'period-range',
      label: t.searchTools.studied(span(request.period)),
      href: href({ ...request, period: undefined }),
    });
  const hasFacets = Object.values(request.filters).some((v) => v?.length);
  if (!hasFacets && extra.length === 0) return null;
  const without = (facet: FacetKey, value: string) =>
    href({
      ...request,
      filters: { ...request.filters, [facet]: (request.filters[facet] ?? []).filter((v) => v !== value) },
    });
  const clear = href({ ...request, filters: {}, year: undefined, period: undefined });
  return <ActiveFilters filters={request.filters} links={{ without, clear, extra }} />;
}
