import type { Metadata } from 'next';
import Link from 'next/link';
import { FacetValueList } from '@/components/browse/facet-value-list';
import { PageHeading } from '@/components/ui/page-heading';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { getI18n } from '@/lib/i18n/get-i18n';
import { FACET_KEYS } from '@/lib/search/search-params';
import { facetHref } from '../params';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.browse.title, description: t.browse.description };
}

/** Every facet with its values and counts: the front door of browsing. */
export default async function BrowsePage() {
  const { t } = await getI18n();
  const counts = await Promise.all(
    FACET_KEYS.map(async (facet) => [facet, await countFacetValues(facet)] as const),
  );
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.browse.title} description={t.browse.intro} />
      <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {counts.map(([facet, values]) => (
          <section
            key={facet}
            aria-labelledby={`browse-${facet}`}
            className="rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id={`browse-${facet}`} className="mb-2 font-serif text-lg">
              <Link href={facetHref(facet)} className="text-teal-900 underline-offset-2 hover:underline">
                {t.facetPlural[facet]}
              </Link>
            </h2>
            <FacetValueList facet={facet} values={values.slice(0, 8)} />
            {values.length > 8 ? (
              <p className="mt-2 text-sm">
                <Link href={facetHref(facet)} className="text-teal-800 underline underline-offset-2">
                  {t.browse.allValues(t.facetPlural[facet])} ({values.length})
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
