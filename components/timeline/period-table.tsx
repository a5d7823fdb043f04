import Link from 'next/link';
import type { StudySummary } from '@/lib/db/types';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { TimelineGroupBy } from './timeline-layout';

/** The timeline's data as a table: the alternative for screen readers and for anyone who wants exact years. */
export async function PeriodTable({
  studies,
  groupBy,
}: {
  studies: StudySummary[];
  groupBy: TimelineGroupBy;
}) {
  const { t, locale } = await getI18n();
  const dated = studies.filter((s) => s.period);
  const group = (s: StudySummary) =>
    (groupBy === 'organisation' ? s.organisations : s.countries)
      .map((n) => facetValueLabel(groupBy, n.key, locale, n.name))
      .join(', ') || t.timeline.ungrouped;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3">
      <summary className="cursor-pointer font-medium text-teal-900">{t.timeline.table}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="timeline-table">
          <caption className="sr-only">{t.timeline.chart(t.facets[groupBy])}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-3">
                {t.facets[groupBy]}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t.timeline.study}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t.timeline.from}
              </th>
              <th scope="col" className="py-1">
                {t.timeline.to}
              </th>
            </tr>
          </thead>
          <tbody>
            {dated.map((s) => (
              <tr key={s.id} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-3">{group(s)}</td>
                <td className="py-1 pr-3" lang={s.titleLanguage}>
                  <Link href={`/studies/${s.id}`} className="text-teal-800 underline underline-offset-2">
                    {s.title}
                  </Link>
                </td>
                <td className="py-1 pr-3">{s.period?.from}</td>
                <td className="py-1">{s.period?.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
