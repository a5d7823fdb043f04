import Link from 'next/link';
import type { ApaEntry } from '@/lib/citation/format-apa';
import { titleIn } from '@/lib/db/title-in';
import { LIST_LABELS } from '@/lib/reading-lists/labels';
import type { SharedReadingList } from '@/lib/reading-lists/types';
import type { Locale } from '@/lib/i18n/locale';
import { ExportLinks } from './export-links';
import { ImportanceBadge } from './importance-badge';
import { listTextFor } from './list-text';

/** The students' page: read-only, with abstracts, guiding questions and links to each study. */
export function SharedListView({
  list,
  shareToken,
  apa,
  locale,
}: {
  list: SharedReadingList;
  shareToken: string;
  apa: Map<string, ApaEntry>;
  /** The interface language, for the page's own controls; the list's content speaks the list's language. */
  locale: Locale;
}) {
  const labels = LIST_LABELS[list.language];
  const text = listTextFor(locale);
  return (
    <article className="flex flex-col gap-6" lang={list.language}>
      <header className="flex flex-col gap-2">
        <h1 className="font-serif text-3xl leading-tight">{list.title}</h1>
        {list.course ? <p className="text-stone-700">{`${labels.course}: ${list.course}`}</p> : null}
        {list.description ? (
          <p className="max-w-3xl whitespace-pre-line text-stone-800">{list.description}</p>
        ) : null}
        <div className="flex flex-wrap items-center gap-4" lang={locale}>
          <a href={`/lists/s/${shareToken}/print`} className="text-sm text-teal-900 underline">
            {text.share.printViewA4}
          </a>
          <ExportLinks shareToken={shareToken} text={text.exports} />
        </div>
      </header>
      {list.sections.map((section) => (
        <section key={section.id} aria-labelledby={`s-${section.id}`} className="flex flex-col gap-3">
          <h2 id={`s-${section.id}`} className="border-b border-stone-200 pb-1 font-serif text-2xl">
            {section.title}
          </h2>
          <ol className="flex flex-col gap-4">
            {section.items.map((item) => {
              const study = item.study;
              const entry = apa.get(item.studyId);
              const abstract = study
                ? (study.abstracts[list.language] ?? study.abstracts.en ?? study.abstracts.id)
                : null;
              return (
                <li
                  key={item.id}
                  className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
                  data-testid="shared-item"
                >
                  <div className="flex flex-wrap items-baseline gap-2">
                    <ImportanceBadge
                      importance={item.importance}
                      label={labels.importance[item.importance]}
                    />
                    <h3 className="font-serif text-lg leading-snug">
                      {study ? (
                        <Link
                          href={`/studies/${study.id}`}
                          className="text-teal-900 underline-offset-2 hover:underline"
                          lang={titleIn(study, locale).language}
                        >
                          {titleIn(study, locale).text}
                        </Link>
                      ) : (
                        <span className="text-stone-500">{labels.missing}</span>
                      )}
                    </h3>
                  </div>
                  {/* citeproc escapes the study's text; its markup is limited to <i>, <b> and <span>. */}
                  {entry ? (
                    <p
                      className="mt-1 text-sm text-stone-700"
                      dangerouslySetInnerHTML={{ __html: entry.reference }}
                    />
                  ) : null}
                  {item.question ? (
                    <p className="mt-3 rounded-md border-l-4 border-teal-700 bg-teal-50 p-3 text-stone-900">
                      <strong>{labels.question}:</strong> {item.question}
                    </p>
                  ) : null}
                  {item.note ? (
                    <p className="mt-2 whitespace-pre-line text-stone-800">
                      <strong>{labels.note}:</strong> {item.note}
                    </p>
                  ) : null}
                  {abstract ? (
                    <details className="mt-3 text-sm text-stone-800">
                      <summary className="cursor-pointer text-teal-900">{labels.abstract}</summary>
                      <p className="mt-2 leading-relaxed">{abstract}</p>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </article>
  );
}
