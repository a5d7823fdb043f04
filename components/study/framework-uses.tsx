import Link from 'next/link';
import type { StudyDetail } from '@/lib/db/types';
import { facetValueLabel, mechanismLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { ProvenanceBadge } from './provenance-badge';

/** How the study applies each framework: the sentence that says so and the mechanisms it names, linked onward. */
export async function FrameworkUses({ study }: { study: StudyDetail }) {
  if (!study.frameworkUses.length) return null;
  const { t, locale } = await getI18n();
  return (
    <section aria-labelledby="framework-uses" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="framework-uses" className="mb-3 font-serif text-xl">
        {t.study.frameworkUses}
      </h2>
      <ul className="flex flex-col gap-4">
        {study.frameworkUses.map((use) => (
          <li key={use.key} data-testid="framework-use">
            <h3 className="font-semibold">
              <Link
                href={`/frameworks/${use.key}`}
                className="text-teal-900 underline underline-offset-2 hover:text-teal-950"
              >
                {facetValueLabel('framework', use.key, locale, use.name)}
              </Link>
              <ProvenanceBadge provenance={use.provenance} original={study.original?.href} layout={study} />
            </h3>
            {use.quote ? (
              <blockquote className="mt-1 border-l-4 border-teal-700/40 pl-3 text-sm text-stone-800 italic">
                “{use.quote}”
              </blockquote>
            ) : null}
            {use.mechanisms.length ? (
              <p className="mt-1 text-sm">
                <span className="font-medium">{t.study.mechanismsNamed}:</span>{' '}
                {use.mechanisms.map((m) => mechanismLabel(use.key, m, locale)).join(', ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
