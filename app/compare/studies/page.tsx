import type { Metadata } from 'next';
import { CompareProblemNote } from '@/components/compare/compare-problem';
import { StudyChooser } from '@/components/compare/study-chooser';
import { StudyComparison } from '@/components/compare/study-comparison';
import { PageHeading } from '@/components/ui/page-heading';
import { compareStudies } from '@/lib/db/compare-studies';
import { listStudies } from '@/lib/db/list-studies';
import { getI18n } from '@/lib/i18n/get-i18n';
import { parseStudyCompare } from '../params';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.compare.studiesTitle, description: t.compare.studiesDescription };
}

export default async function CompareStudiesPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  const { ids, problem } = parseStudyCompare(await searchParams);
  const [columns, all] = await Promise.all([problem ? [] : compareStudies(ids), listStudies()]);
  const unknown = problem ? [] : ids.filter((id) => !columns.some((c) => c.study.id === id));
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.compare.studiesTitle} description={t.compare.studiesDescription} />
      <CompareProblemNote problem={problem} unknown={unknown} />
      {columns.length >= 2 ? (
        <>
          <StudyComparison columns={columns} />
        </>
      ) : null}
      <StudyChooser studies={all.studies} selected={ids} />
    </div>
  );
}
