import Link from 'next/link';
import type { FrameworkUse } from '@/lib/db/list-framework-uses';
import { facetValueLabel } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { Framework } from '@/lib/vocabulary/types';

const BOX = 'rounded-lg border border-stone-200 bg-white p-4';

/**
 * What a framework is, from the vocabulary (our own words, both languages: the reader's first), its key authors,
 * unit of analysis and mechanisms, each mechanism with the number of studies here that name it.
 */
export async function FrameworkOverview({ framework, uses }: { framework: Framework; uses: FrameworkUse[] }) {
  const { t, locale } = await getI18n();
  const languages = locale === 'id' ? (['id', 'en'] as const) : (['en', 'id'] as const);
  const naming = (key: string) => uses.filter((u) => u.mechanisms.includes(key)).length;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="what-it-is" className={`${BOX} md:col-span-2`}>
        <h2 id="what-it-is" className="mb-2 font-serif text-xl">
          {t.frameworks.whatItIs}
        </h2>
        <div className="grid gap-3 md:grid-cols-2">
          {languages.map((lang) => (
            <p key={lang} lang={lang} className="leading-relaxed" data-testid={`summary-${lang}`}>
              <span className="mr-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-700 uppercase">
                {lang}
              </span>
              {framework.summary[lang]}
            </p>
          ))}
        </div>
      </section>
      <section aria-labelledby="key-authors" className={BOX}>
        <h2 id="key-authors" className="mb-2 font-serif text-lg">
          {t.frameworks.keyAuthors}
        </h2>
        {framework.keyAuthors.length ? (
          <ul className="list-disc pl-5">
            {framework.keyAuthors.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600 italic">{t.common.notStated}</p>
        )}
        <h2 className="mt-4 mb-1 font-serif text-lg">{t.frameworks.unitOfAnalysis}</h2>
        <p>{framework.unitOfAnalysis[locale]}</p>
        {framework.broader ? (
          <p className="mt-3 text-sm">
            {t.frameworks.broader}:{' '}
            <Link
              href={`/frameworks/${framework.broader}`}
              className="text-teal-800 underline underline-offset-2"
            >
              {facetValueLabel('framework', framework.broader, locale)}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="mechanisms" className={BOX}>
        <h2 id="mechanisms" className="mb-2 font-serif text-lg">
          {t.frameworks.mechanisms}
        </h2>
        {framework.mechanisms.length ? (
          <ul className="flex flex-col gap-1" data-testid="mechanisms">
            {framework.mechanisms.map((m) => (
              <li key={m.key} className="flex justify-between gap-3">
                <span>
                  {m.name[locale]}
                  {m.name.en !== m.name.id ? (
                    <span lang={locale === 'id' ? 'en' : 'id'} className="ml-1 text-sm text-stone-600">
                      ({m.name[locale === 'id' ? 'en' : 'id']})
                    </span>
                  ) : null}
                </span>
                <span className="shrink-0 text-sm text-stone-600">{t.common.studies(naming(m.key))}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t.frameworks.noMechanisms}</p>
        )}
      </section>
    </div>
  );
}
