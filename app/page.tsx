import { FacetPanel } from '@/components/facets/facet-panel';
import { FilterDisclosure } from '@/components/facets/filter-disclosure';
import { filterLabel } from '@/components/facets/filter-label';
import { Pagination } from '@/components/search/pagination';
import { ResultList } from '@/components/search/result-list';
import { SearchForm } from '@/components/search/search-form';
import { runSearch } from '@/lib/search/run-search';
import { getI18n } from '@/lib/i18n/get-i18n';
import { parseSearchParams, SearchParamsError, type RawSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const { t } = await getI18n();
  return { title: { absolute: `Telaah · ${t.nav.search}` }, description: t.site.description };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { t } = await getI18n();
  let request;
  try {
    request = parseSearchParams(await searchParams);
  } catch (error) {
    if (!(error instanceof SearchParamsError)) throw error;
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        {t.search.invalidLink(error.message)}{' '}
        <a href="/" className="underline">
          {t.search.startNew}
        </a>
        .
      </div>
    );
  }
  const response = await runSearch(request);
  const heading = request.q
    ? t.search.resultsFor(response.total, request.q)
    : t.search.resultsAll(response.total);
  return (
    <div className="flex flex-col gap-6">
      <SearchForm request={request} />
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
          {response.total === 0 ? (
            <p className="text-stone-700">{t.search.noMatch}</p>
          ) : (
            <ResultList hits={response.hits} />
          )}
          <Pagination request={request} total={response.total} />
        </section>
      </div>
    </div>
  );
}
