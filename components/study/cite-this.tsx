import { formatApa } from '@/lib/citation/format-apa';
import { formatBibtex } from '@/lib/citation/format-bibtex';
import { formatRis } from '@/lib/citation/format-ris';
import { studyToCsl } from '@/lib/citation/study-to-csl';
import type { StudyDetail } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';

const CODE =
  'mt-2 overflow-x-auto rounded bg-stone-100 p-3 text-xs leading-relaxed whitespace-pre-wrap break-words';

/**
 * "Cite this" in APA (in the interface language: "dkk." in Indonesian), BibTeX and RIS, formatted on the server by
 * lib/citation, so the browser gets text and no citation library.
 */
export async function CiteThis({ study }: { study: StudyDetail }) {
  const { t, locale } = await getI18n();
  const item = studyToCsl(study);
  const [apa] = formatApa([item], { language: locale, format: 'html' });
  return (
    <section
      aria-labelledby="cite"
      className="rounded-lg border border-stone-200 bg-white p-4"
      data-testid="cite-this"
    >
      <h2 id="cite" className="mb-2 font-serif text-xl">
        {t.study.cite}
      </h2>
      {apa ? (
        <div>
          <h3 className="text-sm font-semibold text-stone-700">APA</h3>
          {/* citeproc escapes the study's text and adds only <i>, <b> and <span>. */}
          <p className="mt-1 text-sm leading-relaxed" dangerouslySetInnerHTML={{ __html: apa.reference }} />
        </div>
      ) : null}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-semibold text-teal-900">BibTeX</summary>
        <pre className={CODE}>{formatBibtex([item])}</pre>
      </details>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-semibold text-teal-900">RIS</summary>
        <pre className={CODE}>{formatRis([item])}</pre>
      </details>
    </section>
  );
}
