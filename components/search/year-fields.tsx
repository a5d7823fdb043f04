import { getI18n } from '@/lib/i18n/get-i18n';
import type { SearchRequest } from '@/lib/search/types';

/** Publication-year and studied-period ranges: four optional year fields of the search form. */
export async function YearFields({ request }: { request: SearchRequest }) {
  const { t } = await getI18n();
  const fields = [
    ['yearFrom', t.searchTools.publishedFrom, request.year?.from],
    ['yearTo', t.searchTools.publishedTo, request.year?.to],
    ['periodFrom', t.searchTools.studiedFrom, request.period?.from],
    ['periodTo', t.searchTools.studiedTo, request.period?.to],
  ] as const;
  return (
    // Folded away until used: open when the search has a range, so a set range is always in view.
    <details open={fields.some(([, , value]) => value !== undefined)} className="text-sm">
      <summary className="cursor-pointer font-medium text-teal-800">{t.searchTools.dates}</summary>
      <fieldset className="mt-2 flex flex-wrap items-end gap-x-3 gap-y-2">
        <legend className="sr-only">{t.searchTools.dates}</legend>
        {fields.map(([name, label, value]) => (
          <div key={name} className="flex flex-col">
            <label htmlFor={name} className="mb-0.5 text-stone-700">
              {label}
            </label>
            <input
              id={name}
              name={name}
              type="number"
              inputMode="numeric"
              min={1000}
              max={2999}
              step={1}
              defaultValue={value ?? ''}
              placeholder={t.searchTools.yearPlaceholder}
              className="w-28 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-base"
            />
          </div>
        ))}
      </fieldset>
    </details>
  );
}
