import type { ApaEntry } from '@/lib/citation/format-apa';
import { LIST_LABELS } from '@/lib/reading-lists/labels';
import type { SharedReadingList } from '@/lib/reading-lists/types';
import type { Locale } from '@/lib/i18n/locale';
import { listTextFor } from './list-text';
import { PrintButton } from './print-button';

// A4 pages, only the list on paper: the site header, skip link and buttons are hidden when printing.
const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { background: white !important; }
  body > header, body > a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .print-sheet { box-shadow: none !important; border: 0 !important; padding: 0 !important; }
  .print-item { break-inside: avoid; }
  a { color: inherit !important; text-decoration: none !important; }
}`;

/** The print view: APA references with importance, guiding questions and notes, in the list's order. */
export function PrintList({
  list,
  apa,
  locale,
  nonce,
}: {
  list: SharedReadingList;
  apa: Map<string, ApaEntry>;
  locale: Locale;
  nonce?: string;
}) {
  const labels = LIST_LABELS[list.language];
  return (
    <>
      <style nonce={nonce}>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex gap-3">
        <PrintButton label={listTextFor(locale).share.print} />
      </div>
      <article
        lang={list.language}
        className="print-sheet mx-auto max-w-[210mm] bg-white p-10 font-serif text-[11pt] leading-relaxed text-black shadow"
      >
        <h1 className="text-2xl font-semibold">{list.title}</h1>
        {list.course ? <p>{`${labels.course}: ${list.course}`}</p> : null}
        {list.description ? <p className="mt-2 whitespace-pre-line">{list.description}</p> : null}
        {list.sections.map((section) => (
          <section key={section.id} className="mt-6">
            <h2 className="mb-2 border-b border-stone-400 text-lg font-semibold">{section.title}</h2>
            <ol className="flex flex-col gap-3">
              {section.items.map((item) => {
                const entry = apa.get(item.studyId);
                return (
                  <li key={item.id} className="print-item">
                    <p className="pl-8 -indent-8">
                      <span className="mr-2 font-sans text-[8pt] font-semibold uppercase tracking-wide">
                        {labels.importance[item.importance]}
                      </span>
                      {/* citeproc escapes the study's text; its markup is limited to <i>, <b> and <span>. */}
                      {entry ? (
                        <span dangerouslySetInnerHTML={{ __html: entry.reference }} />
                      ) : (
                        labels.missing
                      )}
                    </p>
                    {item.question ? (
                      <p className="pl-8">
                        <em>{labels.question}:</em> {item.question}
                      </p>
                    ) : null}
                    {item.note ? (
                      <p className="whitespace-pre-line pl-8">
                        <em>{labels.note}:</em> {item.note}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </article>
    </>
  );
}
