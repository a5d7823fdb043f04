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
