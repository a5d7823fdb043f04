import { FacetPanel } from '@/components/facets/facet-panel';
import { Pagination } from '@/components/search/pagination';
import { ResultList } from '@/components/search/result-list';
import { SearchForm } from '@/components/search/search-form';
import { runSearch } from '@/lib/search/run-search';
import { parseSearchParams, SearchParamsError, type RawSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  let request;
  try {
    request = parseSearchParams(await searchParams);
  } catch (error) {
    if (!(error instanceof SearchParamsError)) throw error;
    return (
      <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
        This search link is not valid: {error.message}.{' '}
        <a href="/" className="underline">
          Start a new search
        </a>
        .
      </div>
    );
  }
  const response = await runSearch(request);
  const heading = request.q ? `${response.total} studies for “${request.q}”` : `${response.total} studies in the corpus`;
  return (
    <div className="flex flex-col gap-6">
      <SearchForm request={request} />
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <FacetPanel request={request} facets={response.facets} />
        <section aria-labelledby="results-heading" aria-live="polite">
          <h2 id="results-heading" className="mb-3 text-base font-semibold text-stone-700">
            {heading}
          </h2>
          {response.total === 0 ? (
            <p className="text-stone-700">No study matches. Try fewer words, the other language, or remove a filter.</p>
          ) : (
            <ResultList hits={response.hits} />
          )}
          <Pagination request={request} total={response.total} />
        </section>
      </div>
    </div>
  );
}
