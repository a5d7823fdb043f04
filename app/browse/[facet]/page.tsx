import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActiveFilters } from '@/components/browse/active-filters';
import { FacetValueList } from '@/components/browse/facet-value-list';
import { PageHeading } from '@/components/ui/page-heading';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { getI18n } from '@/lib/i18n/get-i18n';
import { facetPathSchema, parseBrowseQuery, type RawParams } from '../params';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ facet: string }>;
  searchParams: Promise<RawParams>;
}

async function loadFacet(params: Props['params']) {
  const parsed = facetPathSchema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data.facet;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facet = await loadFacet(params);
  const { t } = await getI18n();
  return { title: t.facetPlural[facet], description: t.browse.facetDescription(t.facetPlural[facet]) };
}

/** One facet's values with counts, within whatever selection the query string carries. */
export default async function FacetPage({ params, searchParams }: Props) {
  const facet = await loadFacet(params);
  const { t } = await getI18n();
  const query = parseBrowseQuery(await searchParams);
  if (!query.ok) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        {t.common.invalidLink(query.message)}
      </p>
    );
  }
  const values = await countFacetValues(facet, query.filters);
  const selected = Object.keys(query.filters).length > 0;
  return (
    <div className="flex flex-col gap-4">
      <PageHeading
        title={t.facetPlural[facet]}
        description={t.browse.facetDescription(t.facetPlural[facet])}
      />
      {selected ? <ActiveFilters filters={query.filters} /> : null}
      {facet === 'period' ? <p className="text-sm text-stone-700">{t.browse.periodNote}</p> : null}
      <section
        aria-label={t.browse.valueCount(values.length)}
        className="max-w-xl rounded-lg border border-stone-200 bg-white p-3"
      >
        <FacetValueList facet={facet} values={values} filters={query.filters} />
      </section>
    </div>
  );
}
