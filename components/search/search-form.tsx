import { getI18n } from '@/lib/i18n/get-i18n';
import type { SearchRequest } from '@/lib/search/types';
import { SearchBox } from './search-box';
import { YearFields } from './year-fields';

// A plain GET form: search works without JavaScript and every search is a URL.
export async function SearchForm({ request }: { request: SearchRequest }) {
  const { t } = await getI18n();
  const text = {
    placeholder: t.search.placeholder,
    suggestions: t.searchTools.suggestions,
    kinds: t.searchTools.suggestionKind,
  };
  return (
    <form role="search" action="/" method="get" className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="min-w-0 flex-1 sm:min-w-[16rem]">
          <label htmlFor="q" className="mb-1 block text-sm font-medium text-stone-700">
            {t.search.label}
          </label>
          <SearchBox defaultValue={request.q} text={text} />
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <OptionSelect
            name="lang"
            label={t.search.languageLabel}
            value={request.language}
            options={[
              ['all', t.search.bothLanguages],
              ['id', t.search.idOnly],
              ['en', t.search.enOnly],
            ]}
          />
          <OptionSelect
            name="match"
            label={t.search.matchLabel}
            value={request.match ?? 'all'}
            options={[
              ['all', t.search.matchAll],
              ['any', t.search.matchAny],
            ]}
          />
          <OptionSelect
            name="sort"
            label={t.searchTools.sortLabel}
            value={request.sort ?? 'relevance'}
            options={[
              ['relevance', t.searchTools.sortRelevance],
              ['newest', t.searchTools.sortNewest],
              ['oldest', t.searchTools.sortOldest],
            ]}
          />
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
      </div>
      <YearFields request={request} />
    </form>
  );
}

/** A labelled drop-down of the search form; `name` is also the URL parameter it sets. */
function OptionSelect(props: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={props.name} className="mb-1 block text-sm font-medium text-stone-700">
        {props.label}
      </label>
      <select
        id={props.name}
        name={props.name}
        defaultValue={props.value}
        className="rounded-md border border-stone-300 bg-white px-2 py-2 text-base"
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
