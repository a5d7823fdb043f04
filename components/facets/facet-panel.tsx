import { FacetValueLink } from '@/components/facets/facet-value-link';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { FACET_KEYS, toSearchQueryString } from '@/lib/search/search-params';
import type { FacetKey, SearchRequest, SearchResponse } from '@/lib/search/types';

function toggled(request: SearchRequest, facet: FacetKey, value: string): SearchRequest {
  const current = request.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...request, page: 1, filters: { ...request.filters, [facet]: next } };
}

/** Facet values with counts for the current query; each value is a link that adds or removes its filter. */
export async function FacetPanel({
  request,
  facets,
}: {
  request: SearchRequest;
  facets: SearchResponse['facets'];
}) {
  const { t, locale } = await getI18n();
  return (
    <aside aria-label={t.search.refine} className="flex flex-col gap-5">
      {FACET_KEYS.map((facet) => {
        const values = facets[facet] ?? [];
        if (!values.length) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`} className="mb-1 text-sm font-semibold text-stone-700">
              {t.facets[facet]}
            </h2>
            <ul className="flex flex-col gap-0.5 text-sm">
              {values.map(({ value, count }) => {
                const active = request.filters[facet]?.includes(value) ?? false;
                return (
                  <li key={value}>
                    <FacetValueLink
                      href={`/${toSearchQueryString(toggled(request, facet, value))}`}
                      active={active}
                      label={facetValueLabel(facet, value, locale)}
                      count={count}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
