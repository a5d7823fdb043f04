import Link from 'next/link';
import { browseHref, withValue } from '@/app/browse/params';
import type { StudyFilters } from '@/lib/db/study-filters';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { FacetCount, FacetKey } from '@/lib/search/types';

/** A facet's values with their study counts; each opens the studies of that value within the current selection. */
export async function FacetValueList({
  facet,
  values,
  filters = {},
}: {
  facet: FacetKey;
  values: FacetCount[];
  filters?: StudyFilters;
}) {
  const { t, locale } = await getI18n();
  if (!values.length) return <p className="text-sm text-stone-600">{t.browse.noValues}</p>;
  return (
    <ul className="flex flex-col gap-1" data-testid={`facet-values-${facet}`}>
      {values.map(({ value, count }) => (
        <li key={value}>
          <Link
            href={browseHref(withValue(filters, facet, value))}
            className="flex items-baseline justify-between gap-3 rounded px-2 py-1 text-teal-900 hover:bg-teal-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
          >
            <span className="underline-offset-2 hover:underline">
              {facetValueLabel(facet, value, locale)}
            </span>
            <span className="shrink-0 text-sm text-stone-600">
              <span aria-hidden="true">{count}</span>
              <span className="sr-only">{t.common.studies(count)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
