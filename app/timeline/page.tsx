import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { StudyList } from '@/components/browse/study-list';
import { PeriodTable } from '@/components/timeline/period-table';
import { PeriodTimeline } from '@/components/timeline/period-timeline';
import { PageHeading } from '@/components/ui/page-heading';
import { listStudies } from '@/lib/db/list-studies';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

// An unknown grouping falls back to the default rather than failing: the page has one optional parameter.
const querySchema = z.object({
  group: z.enum(['organisation', 'country']).catch('organisation').default('organisation'),
});

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.timeline.title, description: t.timeline.description };
}

export default async function TimelinePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { group } = querySchema.parse(await searchParams);
  const { t } = await getI18n();
  const { studies } = await listStudies();
  const undated = studies.filter((s) => !s.period);
  return (
    <div className="flex flex-col gap-5">
      <PageHeading title={t.timeline.title} description={t.timeline.description} />
      <nav aria-label={t.timeline.groupBy} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-stone-700">{t.timeline.groupBy}:</span>
        {(['organisation', 'country'] as const).map((g) => (
          <Link
            key={g}
            href={`/timeline?group=${g}`}
            aria-current={g === group ? 'page' : undefined}
            className={`rounded px-2 py-1 ${g === group ? 'bg-teal-800 text-white' : 'text-teal-900 underline underline-offset-2 hover:bg-teal-50'}`}
          >
            {t.facets[g]}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-stone-700">{t.timeline.hint}</p>
      <PeriodTimeline studies={studies} groupBy={group} />
      <PeriodTable studies={studies} groupBy={group} />
      <section aria-labelledby="undated-heading" data-testid="undated">
        <h2 id="undated-heading" className="mb-3 font-serif text-xl">
          {t.timeline.undated} ({undated.length})
        </h2>
        {undated.length ? (
          <StudyList studies={undated} />
        ) : (
          <p className="text-stone-700">{t.timeline.noUndated}</p>
        )}
      </section>
    </div>
  );
}
