import type { SearchRequest } from '@/lib/search/types';

// A plain GET form: search works without JavaScript and every search is a URL.
export function SearchForm({ request }: { request: SearchRequest }) {
  return (
    <form role="search" action="/" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-stone-700">
          Search studies in Indonesian or English
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={request.q}
          placeholder="e.g. perdagangan manusia, IOM, transnational advocacy"
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/30"
        />
      </div>
      <div>
        <label htmlFor="lang" className="mb-1 block text-sm font-medium text-stone-700">
          Language
        </label>
        <select
          id="lang"
          name="lang"
          defaultValue={request.language}
          className="rounded-md border border-stone-300 bg-white px-2 py-2 text-base"
        >
          <option value="all">Both languages</option>
          <option value="id">Indonesian only</option>
          <option value="en">English only</option>
        </select>
      </div>
      {Object.entries(request.filters).flatMap(([facet, values]) =>
        (values ?? []).map((value) => <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />),
      )}
      <button
        type="submit"
        className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus:outline-none focus:ring-2 focus:ring-teal-700 focus:ring-offset-2"
      >
        Search
      </button>
    </form>
  );
}
