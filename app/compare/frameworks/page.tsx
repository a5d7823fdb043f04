import type { Metadata } from 'next';
import { CompareProblemNote } from '@/components/compare/compare-problem';
import { FrameworkComparison } from '@/components/compare/framework-comparison';
import { FrameworkMatrix } from '@/components/compare/framework-matrix';
import { FrameworkChooser } from '@/components/frameworks/framework-chooser';
import { PageHeading } from '@/components/ui/page-heading';
import { compareFrameworks } from '@/lib/db/compare-frameworks';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { countFrameworkMatrix } from '@/lib/db/count-framework-matrix';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { frameworkCompareHref, parseFrameworkCompare } from '../params';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { t, locale } = await getI18n();
  const { keys, problem } = parseFrameworkCompare(await searchParams);
  const names = problem ? '' : `: ${keys.map((k) => facetValueLabel('framework', k, locale)).join(' · ')}`;
  return { title: `${t.compare.frameworksTitle}${names}`, description: t.compare.frameworksDescription };
}

export default async function CompareFrameworksPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  const { keys, by, problem } = parseFrameworkCompare(await searchParams);
  const used = await countFacetValues('framework');
  const unknown = keys.filter((k) => !used.some((u) => u.value === k));
  const ready = !problem && !unknown.length;
  const [columns, matrix] = await Promise.all([
    ready ? compareFrameworks(keys) : [],
    countFrameworkMatrix(by, ready ? keys : []),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.compare.frameworksTitle} description={t.compare.frameworksDescription} />
      <CompareProblemNote problem={problem} unknown={unknown} />
      {ready ? (
        <>
          <FrameworkComparison columns={columns} />
        </>
      ) : null}
      <FrameworkMatrix
        matrix={matrix}
        axis={by}
        switchHref={(axis) => frameworkCompareHref(ready ? keys : [], axis)}
      />
      <FrameworkChooser frameworks={used} selected={keys} />
    </div>
  );
}
