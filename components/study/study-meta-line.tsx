import type { StudySummary } from '@/lib/db/types';
import { kindLabel } from '@/lib/facets/labels';

function formatPeriod(period: StudySummary['period']): string {
  if (!period) return 'period not stated';
  return period.from === period.to ? `${period.from}` : `${period.from}–${period.to}`;
}

/** Organisation · country · period studied · kind: the facts a result list and a study header share. */
export function StudyMetaLine({ study }: { study: StudySummary }) {
  const organisations = study.organisations.map((o) => o.acronym ?? o.name).join(', ') || 'organisation not stated';
  const countries = study.countries.map((c) => c.name).join(', ') || 'country not stated';
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
      <span data-testid="organisations">{organisations}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="countries">{countries}</span>
      <span aria-hidden="true">·</span>
      <span data-testid="period">{formatPeriod(study.period)}</span>
      <span aria-hidden="true">·</span>
      <span>{kindLabel(study.kind)}</span>
      {study.year ? <span>({study.year})</span> : null}
    </p>
  );
}
