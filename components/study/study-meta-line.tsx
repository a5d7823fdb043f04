import type { StudySummary } from '@/lib/db/types';
import { facetValueLabel, formatPeriod } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Organisation · country · period studied · kind: the facts a result list and a study header share. */
export async function StudyMetaLine({ study }: { study: StudySummary }) {
  const { t, locale } = await getI18n();
  const organisations =
    study.organisations.map((o) => o.acronym ?? o.name).join(', ') || t.study.organisationNotStated;
  const countries =
    study.countries.map((c) => facetValueLabel('country', c.key, locale, c.name)).join(', ') ||
    t.study.countryNotStated;
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
      <span data-testid="organisations">{organisations}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="countries">{countries}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="period">{study.period ? formatPeriod(study.period) : t.study.periodNotStated}</span>
      <span aria-hidden="true">·</span>
      <span>{facetValueLabel('kind', study.kind, locale)}</span>
      {study.year ? <span>({study.year})</span> : null}
    </p>
  );
}
