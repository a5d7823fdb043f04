import Link from 'next/link';
import { browseHref, withoutValue } from '@/app/browse/params';
import type { StudyFilters } from '@/lib/db/study-filters';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { FACET_KEYS, toSearchQueryString } from '@/lib/search/search-params';
import type { FacetKey } from '@/lib/search/types';

/** Where the chips link when they are used outside browse (the search page passes its own). */
export interface ActiveFilterLinks {
  without: (facet: FacetKey, value: string) => string;
  clear: string;
  /** Chips beyond the facet values (a year range), each with the href that removes it. */
  extra?: { key: string; label: string; href: string }[];
}

/** The selected values as removable chips, with links to clear them or to carry the selection into search. */
export async function ActiveFilters({
  filters,
  links,
}: {
  filters: StudyFilters;
  links?: ActiveFilterLinks;
}) {
  const { t, locale } = await getI18n();
  const facetChips = FACET_KEYS.flatMap((facet) =>
    (filters[facet] ?? []).map((value) => ({
      key: `${facet}:${value}`,
      label: `${t.facets[facet]}: ${facetValueLabel(facet, value, locale)}`,
      href: links ? links.without(facet, value) : browseHref(withoutValue(filters, facet, value)),
    })),
  );
  const chips = [...facetChips, ...(links?.extra ?? [])];
  return (
    <div
      className="flex flex-wrap items-center gap-2 text-sm"
      aria-label={t.browse.activeFilters}
      role="group"
    >
      <span className="font-medium text-stone-700">{t.browse.activeFilters}:</span>
      {chips.map(({ key, label, href }) => {
        return (
          <Link
            key={key}
            href={href}
            aria-label={t.browse.remove(label)}
            className="rounded-full border border-teal-700/40 bg-teal-50 px-2.5 py-0.5 text-teal-950 hover:bg-teal-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
          >
            {label} <span aria-hidden="true">×</span>
          </Link>
        );
      })}
      {chips.length > 1 ? (
        <Link href={links?.clear ?? '/browse'} className="text-teal-800 underline underline-offset-2">
          {t.browse.clear}
        </Link>
      ) : null}
      {links ? null : (
        <Link
          href={`/${toSearchQueryString({ filters })}`}
          className="text-teal-800 underline underline-offset-2"
        >
          {t.browse.openInSearch}
        </Link>
      )}
    </div>
  );
}
