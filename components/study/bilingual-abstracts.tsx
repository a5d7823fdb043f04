import type { StudyDetail } from '@/lib/db/types';
import { ProvenanceBadge } from './provenance-badge';

const COLUMNS = [
  { lang: 'id', heading: 'Abstrak (Bahasa Indonesia)', field: 'abstractId' },
  { lang: 'en', heading: 'Abstract (English)', field: 'abstractEn' },
] as const;

/** Both abstracts side by side (stacked on a phone), each marked with its language for screen readers. */
export function BilingualAbstracts({ study }: { study: StudyDetail }) {
  return (
    <section aria-labelledby="abstracts" className="grid gap-4 md:grid-cols-2">
      <h2 id="abstracts" className="sr-only">
        Abstracts
      </h2>
      {COLUMNS.map(({ lang, heading, field }) => {
        const text = study.abstracts[lang];
        return (
          <article key={lang} lang={lang} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`abstract-${lang}`}>
            <h3 className="mb-2 font-semibold text-stone-800">
              {heading}
              <ProvenanceBadge provenance={study.provenance[field]} />
            </h3>
            {text ? (
              <p className="leading-relaxed whitespace-pre-line">{text}</p>
            ) : (
              <p className="text-stone-500 italic">Not stated in the source.</p>
            )}
            {study.keywords[lang].length ? (
              <p className="mt-3 text-sm">
                <span className="font-medium">{lang === 'id' ? 'Kata kunci' : 'Keywords'}:</span> {study.keywords[lang].join(', ')}
              </p>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
