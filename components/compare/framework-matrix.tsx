import Link from 'next/link';
import { browseHref } from '@/app/browse/params';
import type { FrameworkMatrix as Matrix, MatrixAxis } from '@/lib/db/count-framework-matrix';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Frameworks x organisations (or countries): each count opens the studies behind it as a browse selection. */
export async function FrameworkMatrix({
  matrix,
  axis,
  switchHref,
}: {
  matrix: Matrix;
  axis: MatrixAxis;
  switchHref: (axis: MatrixAxis) => string;
}) {
  const { t, locale } = await getI18n();
  const label = t.compare.matrixTitle(t.facetPlural[axis]);
  return (
    <section aria-labelledby="matrix-heading" className="flex flex-col gap-2">
      <h2 id="matrix-heading" className="font-serif text-xl">
        {label}
      </h2>
      <p className="text-sm text-stone-700">{t.compare.matrixHint}</p>
      <nav aria-label={t.compare.matrixBy} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-stone-700">{t.compare.matrixBy}:</span>
        {(['organisation', 'country'] as const).map((a) => (
          <Link
            key={a}
            href={switchHref(a)}
            aria-current={a === axis ? 'page' : undefined}
            className={`rounded px-2 py-1 ${a === axis ? 'bg-teal-800 text-white' : 'text-teal-900 underline underline-offset-2'}`}
          >
            {t.facets[a]}
          </Link>
        ))}
      </nav>
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-stone-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
      >
        <table className="w-full border-collapse text-sm" data-testid="framework-matrix">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr className="border-b border-stone-300 bg-stone-50">
              <th scope="col" className="p-2 text-left">
                {t.facets.framework}
              </th>
              {matrix.values.map((v) => (
                <th key={v} scope="col" className="p-2 text-center">
                  {facetValueLabel(axis, v, locale, matrix.names[v])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.frameworks.map((f) => {
              const name = facetValueLabel('framework', f, locale, matrix.names[f]);
              return (
                <tr key={f} className="border-b border-stone-100">
                  <th scope="row" className="p-2 text-left font-medium">
                    <Link
                      href={`/frameworks/${f}`}
                      className="text-teal-900 underline-offset-2 hover:underline"
                    >
                      {name}
                    </Link>
                  </th>
                  {matrix.values.map((v) => {
                    const count = matrix.counts[f]?.[v] ?? 0;
                    return (
                      <td key={v} className="p-2 text-center">
                        {count ? (
                          <Link
                            href={browseHref({ framework: [f], [axis]: [v] })}
                            aria-label={t.compare.matrixCell(
                              count,
                              name,
                              facetValueLabel(axis, v, locale, matrix.names[v]),
                            )}
                            className="inline-block min-w-8 rounded bg-teal-100 px-2 py-0.5 font-semibold text-teal-950 hover:bg-teal-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
                            data-testid="matrix-cell"
                          >
                            {count}
                          </Link>
                        ) : (
                          <>
                            <span className="text-stone-500" aria-hidden="true">
                              ·
                            </span>
                            <span className="sr-only">0</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
