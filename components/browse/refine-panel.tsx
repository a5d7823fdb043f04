import { FacetValueLink } from '@/components/facets/facet-value-link';
import { browseHref, withoutValue, withValue } from '@/app/browse/params';
import type { StudyFilters } from '@/lib/db/study-filters';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { FacetCount, FacetKey } from '@/lib/search/types';

/**
 * The other facets' values among the selected studies: each link adds (or, when selected, removes) one value, so
 * organisation x country x framework combine into one shareable URL.
 */
export async function RefinePanel({
  filters,
  counts,
}: {
  filters: StudyFilters;
  counts: [FacetKey, FacetCount[]][];
}) {
  const { t, locale } = await getI18n();
  return (
    <aside aria-labelledby="refine-heading" className="flex flex-col gap-4">
      <h2 id="refine-heading" className="font-serif text-lg">
        {t.browse.narrow}
      </h2>
      {counts
        .filter(([, values]) => values.length)
        .map(([facet, values]) => (
          <section key={facet} aria-labelledby={`refine-${facet}`}>
            <h3 id={`refine-${facet}`} className="mb-1 text-sm font-semibold text-stone-700">
              {t.facets[facet]}
            </h3>
            <ul className="flex flex-col gap-0.5 text-sm">
              {values.map(({ value, count }) => {
                const active = filters[facet]?.includes(value) ?? false;
                const next = active ? withoutValue(filters, facet, value) : withValue(filters, facet, value);
                return (
                  <li key={value}>
                    <FacetValueLink
                      href={browseHref(next)}
                      active={active}
                      label={facetValueLabel(facet, value, locale)}
                      count={count}
                    />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </aside>
  );
}
