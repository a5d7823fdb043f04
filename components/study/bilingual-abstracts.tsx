import type { StudyDetail } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';
import { ProvenanceBadge } from './provenance-badge';

const COLUMNS = [
  { lang: 'id', heading: 'abstractId', field: 'abstractId', keywords: 'keywordsId' },
  { lang: 'en', heading: 'abstractEn', field: 'abstractEn', keywords: 'keywordsEn' },
] as const;

/** Both abstracts side by side (stacked on a phone), each marked with its language for screen readers. */
export async function BilingualAbstracts({ study }: { study: StudyDetail }) {
  const { t } = await getI18n();
  return (
    <section aria-labelledby="abstracts" className="grid gap-4 md:grid-cols-2">
      <h2 id="abstracts" className="sr-only">
        {t.study.abstracts}
      </h2>
      {COLUMNS.map(({ lang, heading, field, keywords }) => {
        const text = study.abstracts[lang];
        return (
          <article
            key={lang}
            id={`abstract-${lang}`}
            lang={lang}
            className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4"
            data-testid={`abstract-${lang}`}
          >
            <h3 className="mb-2 font-semibold text-stone-800">
              {t.study[heading]}
              <ProvenanceBadge
                provenance={study.provenance[field]}
                original={study.original?.href}
                layout={study}
              />
            </h3>
            {text ? (
              <p className="leading-relaxed whitespace-pre-line">
                {text}
                {study.abstractTruncated[lang] ? (
                  <span
                    className="mt-2 block text-sm text-stone-600 italic"
                    data-testid={`truncated-${lang}`}
                  >
                    [...] {t.study.truncated}
                  </span>
                ) : null}
              </p>
            ) : (
              <p className="text-stone-600 italic">{t.common.notStatedInSource}</p>
            )}
            {study.keywords[lang].length ? (
              <p className="mt-3 text-sm">
                <span className="font-medium">{t.study[keywords]}:</span> {study.keywords[lang].join(', ')}
                <ProvenanceBadge
                  provenance={study.listProvenance.keywords}
                  original={study.original?.href}
                  layout={study}
                />
              </p>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
