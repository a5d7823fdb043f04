import { getI18n } from '@/lib/i18n/get-i18n';
import type { SearchRequest } from '@/lib/search/types';

// A plain GET form: search works without JavaScript and every search is a URL.
export async function SearchForm({ request }: { request: SearchRequest }) {
  const { t } = await getI18n();
  return (
    <form role="search" action="/" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-stone-700">
          {t.search.label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={request.q}
          placeholder={t.search.placeholder}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/30"
        />
      </div>
      <div>
        <label htmlFor="lang" className="mb-1 block text-sm font-medium text-stone-700">
          {t.search.languageLabel}
        </label>
        <select
          id="lang"
          name="lang"
          defaultValue={request.language}
          className="rounded-md border border-stone-300 bg-white px-2 py-2 text-base"
        >
          <option value="all">{t.search.bothLanguages}</option>
          <option value="id">{t.search.idOnly}</option>
          <option value="en">{t.search.enOnly}</option>
        </select>
      </div>
      <div>
        <label htmlFor="match" className="mb-1 block text-sm font-medium text-stone-700">
          {t.search.matchLabel}
        </label>
        <select
          id="match"
          name="match"
          defaultValue={request.match ?? 'all'}
          className="rounded-md border border-stone-300 bg-white px-2 py-2 text-base"
        >
          <option value="all">{t.search.matchAll}</option>
          <option value="any">{t.search.matchAny}</option>
        </select>
      </div>
      {Object.entries(request.filters).flatMap(([facet, values]) =>
        (values ?? []).map((value) => (
          <input key={`${facet}:${value}`} type="hidden" name={facet} value={value} />
        )),
      )}
      <button
        type="submit"
        className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus:outline-none focus:ring-2 focus:ring-teal-700 focus:ring-offset-2"
      >
        {t.search.submit}
      </button>
    </form>
  );
}
