import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { FacetCount } from '@/lib/search/types';

/**
 * Checkboxes of the frameworks in use and a Compare button: a plain GET form, so choosing works without
 * JavaScript and the comparison is a URL (/compare/frameworks?framework=a&framework=b).
 */
export async function FrameworkChooser({
  frameworks,
  selected = [],
}: {
  frameworks: FacetCount[];
  selected?: string[];
}) {
  const { t, locale } = await getI18n();
  return (
    <form
      action="/compare/frameworks"
      method="get"
      className="rounded-lg border border-stone-200 bg-white p-4"
    >
      <fieldset>
        <legend className="mb-2 font-serif text-lg">{t.frameworks.choose}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {frameworks.map(({ value, count }) => (
            <li key={value}>
              <label className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-teal-50">
                <input
                  type="checkbox"
                  name="framework"
                  value={value}
                  defaultChecked={selected.includes(value)}
                  className="mt-1 size-4 accent-teal-800"
                />
                <span>
                  {facetValueLabel('framework', value, locale)}{' '}
                  <span className="text-sm text-stone-600">({count})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="submit"
        className="mt-3 rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2"
      >
        {t.frameworks.compare}
      </button>
    </form>
  );
}
