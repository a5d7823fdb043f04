import type { Metadata } from 'next';
import Link from 'next/link';
import { FrameworkChooser } from '@/components/frameworks/framework-chooser';
import { PageHeading } from '@/components/ui/page-heading';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { getFramework } from '@/lib/vocabulary/lookup';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.frameworks.title, description: t.frameworks.description };
}

/** Every framework some study uses, with what it is and how many studies use it. */
export default async function FrameworksPage() {
  const { t, locale } = await getI18n();
  const used = await countFacetValues('framework');
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.frameworks.title} description={t.frameworks.description} />
      {used.length ? (
        <>
          <ul className="grid gap-4 md:grid-cols-2">
            {used.map(({ value, count }) => {
              const framework = getFramework(value);
              return (
                <li
                  key={value}
                  className="rounded-lg border border-stone-200 bg-white p-4"
                  data-testid="framework"
                >
                  <h2 className="font-serif text-lg leading-snug">
                    <Link
                      href={`/frameworks/${value}`}
                      className="text-teal-900 underline-offset-2 hover:underline"
                    >
                      {facetValueLabel('framework', value, locale)}
                    </Link>
                    {framework?.acronym ? (
                      <span className="ml-1 text-stone-600">({framework.acronym})</span>
                    ) : null}
                  </h2>
                  <p className="text-sm text-stone-600">
                    {framework ? `${t.frameworks.family[framework.family]} · ` : ''}
                    {t.frameworks.usedBy(count)}
                  </p>
                  {framework ? (
                    <p className="mt-2 text-sm leading-relaxed">{framework.summary[locale]}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <FrameworkChooser frameworks={used} />
        </>
      ) : (
        <p>{t.frameworks.none}</p>
      )}
    </div>
  );
}
