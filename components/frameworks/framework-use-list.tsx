import Link from 'next/link';
import { AddToListButton } from '@/components/reading-lists/add-to-list-button';
import { StudyMetaLine } from '@/components/study/study-meta-line';
import { QuoteBlock } from '@/components/ui/quote-block';
import type { FrameworkUse } from '@/lib/db/list-framework-uses';
import { mechanismLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Each study that uses the framework: how it applies it, in its own sentence, and which mechanisms it names. */
export async function FrameworkUseList({ uses }: { uses: FrameworkUse[] }) {
  const { t, locale } = await getI18n();
  return (
    <ol className="flex flex-col gap-4">
      {uses.map((use) => (
        <li
          key={use.study.id}
          className="rounded-lg border border-stone-200 bg-white p-4"
          data-testid="framework-study"
        >
          <h3 className="font-serif text-lg leading-snug" lang={use.study.titleLanguage}>
            <Link
              href={`/studies/${use.study.id}`}
              className="text-teal-900 underline-offset-2 hover:underline"
            >
              {use.study.title}
            </Link>
          </h3>
          <StudyMetaLine study={use.study} />
          <div className="mt-2">
            <AddToListButton studyId={use.study.id} title={use.study.title} />
          </div>
          <h4 className="mt-3 text-sm font-semibold text-stone-700">{t.frameworks.howApplied}</h4>
          {use.quote ? (
            <QuoteBlock quote={use.quote} studyId={use.study.id} linkLabel={t.frameworks.quoteLink} />
          ) : (
            <p className="text-sm text-stone-600 italic">{t.frameworks.noQuote}</p>
          )}
          <p className="mt-2 text-sm">
            <span className="font-medium">{t.frameworks.mechanismsNamed}:</span>{' '}
            {use.mechanisms.length ? (
              use.mechanisms.map((m) => mechanismLabel(use.frameworkKey, m, locale)).join(', ')
            ) : (
              <span className="italic text-stone-600">{t.frameworks.noneNamed}</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
