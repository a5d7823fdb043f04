import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActiveFilters } from '@/components/browse/active-filters';
import { RefinePanel } from '@/components/browse/refine-panel';
import { FilterDisclosure } from '@/components/facets/filter-disclosure';
import { filterLabel } from '@/components/facets/filter-label';
import { StudyList } from '@/components/browse/study-list';
import { PageHeading } from '@/components/ui/page-heading';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { listStudies } from '@/lib/db/list-studies';
import { facetValueLabel, organisationFullName } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { FACET_KEYS } from '@/lib/search/search-params';
import { browseHref, parseBrowseQuery, valuePathSchema, withValue, type RawParams } from '../../params';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

interface Props {
  params: Promise<{ facet: string; value: string }>;
  searchParams: Promise<RawParams>;
}

function decoded(segment: string): string {
  // Next.js hands some segments over still percent-encoded (spaces in a value); a malformed escape is not a value.
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

async function loadPath(params: Props['params']) {
  const raw = await params;
  const parsed = valuePathSchema.safeParse({ facet: raw.facet, value: decoded(raw.value) });
  if (!parsed.success) notFound();
  return parsed.data;
}

async function titleOf(facet: (typeof FACET_KEYS)[number], value: string) {
  const { t, locale } = await getI18n();
  const label =
    facet === 'organisation' ? organisationFullName(value, locale) : facetValueLabel(facet, value, locale);
  return t.browse.valueTitle(t.facets[facet], label);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { facet, value } = await loadPath(params);
  const { t } = await getI18n();
  return { title: await titleOf(facet, value), description: t.browse.description };
}

/** The studies of one facet value, narrowed by any other values in the query string. */
export default async function FacetValuePage({ params, searchParams }: Props) {
  const { facet, value } = await loadPath(params);
  const { t } = await getI18n();
  const query = parseBrowseQuery(await searchParams);
  if (!query.ok) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        {t.common.invalidLink(query.message)}
      </p>
    );
  }
  const filters = withValue(query.filters, facet, value);
  const [{ total, studies }, counts] = await Promise.all([
    listStudies(filters, { page: query.page, size: PAGE_SIZE }),
    Promise.all(FACET_KEYS.map(async (key) => [key, await countFacetValues(key, filters)] as const)),
  ]);
  if (total === 0 && Object.keys(query.filters).length === 0) notFound();
  const pages = Math.ceil(total / PAGE_SIZE);
  return (
    <div className="flex flex-col gap-4">
      <PageHeading title={await titleOf(facet, value)} />
      <ActiveFilters filters={filters} />
      <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
        {/* First in reading order, so on a phone the Filter button comes before the studies; beside them from md. */}
        <FilterDisclosure
          label={filterLabel(t, { filters: query.filters })}
          className="md:col-start-2 md:row-start-1"
        >
          <RefinePanel filters={filters} counts={counts.map(([k, v]) => [k, v])} />
        </FilterDisclosure>
        <section aria-labelledby="studies-heading" className="md:col-start-1 md:row-start-1">
          <h2
            id="studies-heading"
            className="mb-3 text-base font-semibold text-stone-700"
            data-testid="studies-count"
          >
            {t.browse.studiesHeading(total)}
          </h2>
          {total === 0 ? <p>{t.browse.noStudies}</p> : <StudyList studies={studies} />}
          {pages > 1 ? (
            <nav aria-label={t.search.pages} className="mt-6 flex items-center gap-3 text-sm">
              {query.page > 1 ? (
                <Link
                  href={browseHref(filters, query.page - 1)}
                  className="rounded border border-stone-300 bg-white px-3 py-1"
                >
                  {t.search.previous}
                </Link>
              ) : null}
              <span>{t.search.pageOf(query.page, pages)}</span>
              {query.page < pages ? (
                <Link
                  href={browseHref(filters, query.page + 1)}
                  className="rounded border border-stone-300 bg-white px-3 py-1"
                >
                  {t.search.next}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
