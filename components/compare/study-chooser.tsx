import type { StudySummary } from '@/lib/db/types';
import { formatPeriod } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Checkboxes of the studies and a Compare button; a GET form, so the comparison is a shareable URL. */
export async function StudyChooser({
  studies,
  selected = [],
}: {
  studies: StudySummary[];
  selected?: string[];
}) {
  const { t } = await getI18n();
  return (
    <form action="/compare/studies" method="get" className="rounded-lg border border-stone-200 bg-white p-4">
      <fieldset>
        <legend className="mb-2 font-serif text-lg">{t.compare.chooseStudies}</legend>
        <ul className="flex flex-col gap-1">
          {studies.map((s) => (
            <li key={s.id}>
              <label className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-teal-50">
                <input
                  type="checkbox"
                  name="study"
                  value={s.id}
                  defaultChecked={selected.includes(s.id)}
                  className="mt-1 size-4 shrink-0 accent-teal-800"
                />
                <span>
                  <span lang={s.titleLanguage}>{s.title}</span>{' '}
                  <span className="text-sm text-stone-600">
                    (
                    {[
                      s.organisations.map((o) => o.acronym ?? o.name).join(', '),
                      s.period ? formatPeriod(s.period) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    )
                  </span>
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
        {t.compare.submit}
      </button>
    </form>
  );
}
