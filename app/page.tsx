import Link from 'next/link';
import { FacetPanel } from '@/components/facets/facet-panel';
import { FilterDisclosure } from '@/components/facets/filter-disclosure';
import { filterLabel } from '@/components/facets/filter-label';
import { DidYouMean } from '@/components/search/did-you-mean';
import { Pagination } from '@/components/search/pagination';
import { ResultList } from '@/components/search/result-list';
import { SearchFilterChips } from '@/components/search/search-filter-chips';
import { SearchForm } from '@/components/search/search-form';
import { PageHeading } from '@/components/ui/page-heading';
import { getI18n } from '@/lib/i18n/get-i18n';
import { runSearch } from '@/lib/search/run-search';
import {
  parseSearchParamsLenient,
  toSearchQueryString,
  type RawSearchParams,
} from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const { t } = await getI18n();
  return { title: { absolute: `Telaah · ${t.nav.search}` }, description: t.site.description };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { t } = await getI18n();
  // A link with a bad parameter still searches with the rest, and says so in the interface's language.
  const { request, rejected } = parseSearchParamsLenient(await searchParams);
  const response = await runSearch(request);
  const heading = request.q
    ? t.search.resultsFor(response.total, request.q)
    : t.search.resultsAll(response.total);
  const pages = Math.ceil(response.total / request.size);
  const pastEnd = response.total > 0 && response.hits.length === 0 && request.page > pages;
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.searchTools.heading} description={t.searchTools.description} />
      {rejected.length > 0 ? (
        <p
          role="alert"
          data-testid="bad-params"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t.searchTools.badParams(rejected.join(', '))}
        </p>
      ) : null}
      <SearchForm request={request} />
      <SearchFilterChips request={request} />
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <FilterDisclosure label={filterLabel(t, request)}>
          <FacetPanel request={request} facets={response.facets} />
        </FilterDisclosure>
        <section aria-labelledby="results-heading" aria-live="polite">
          <h2 id="results-heading" className="mb-3 text-base font-semibold text-stone-700">
            {heading}
          </h2>
          {response.match === 'any' && request.match !== 'any' && response.total > 0 && (
            <p role="status" className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              {t.search.relaxed}
            </p>
          )}
          {response.didYouMean ? <DidYouMean request={request} suggestion={response.didYouMean} /> : null}
          {pastEnd ? (
            <p className="text-stone-800" data-testid="past-end">
              {t.searchTools.pastEnd(request.page, pages)}{' '}
              <Link
                href={`/${toSearchQueryString({ ...request, page: pages })}`}
                className="font-medium text-teal-800 underline underline-offset-2"
              >
                {t.searchTools.lastPage}
              </Link>
            </p>
          ) : response.total === 0 ? (
            <p className="text-stone-700">{t.search.noMatch}</p>
          ) : (
            <ResultList hits={response.hits} />
          )}
          {pastEnd ? null : <Pagination request={request} total={response.total} />}
        </section>
      </div>
    </div>
  );
}
