import { formatApa } from '@/lib/citation/format-apa';
import { formatBibtex } from '@/lib/citation/format-bibtex';
import { formatRis } from '@/lib/citation/format-ris';
import { studyUrl } from '@/lib/citation/export-study';
import { studyToCsl } from '@/lib/citation/study-to-csl';
import type { StudyDetail } from '@/lib/db/types';
import { requestBaseUrl } from '@/lib/http/request-base-url';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { Messages } from '@/lib/i18n/messages';
import { CopyCitation } from './copy-citation';

const CODE =
  'mt-2 overflow-x-auto rounded bg-stone-100 p-3 text-xs leading-relaxed whitespace-pre-wrap break-words';
const LINK = 'text-teal-900 underline underline-offset-2 hover:text-teal-950';

const copyText = (t: Messages['citing'], format: string) => ({
  copy: t.copy,
  label: t.copyFormat(format),
  copied: t.copied,
  failed: t.copyFailed,
});

/**
 * "Cite this" in APA (in the interface language: "dkk." in Indonesian), BibTeX and RIS, formatted on the server by
 * lib/citation, so the browser gets text and no citation library; each with a copy button, and the study as a file.
 */
export async function CiteThis({ study }: { study: StudyDetail }) {
  const { t, locale } = await getI18n();
  const item = studyToCsl(study, studyUrl(await requestBaseUrl(), study.id));
  const [apa] = formatApa([item], { language: locale, format: 'html' });
  const cite = `/studies/${study.id}/cite`;
  return (
    <section
      aria-labelledby="cite"
      className="rounded-lg border border-stone-200 bg-white p-4"
      data-testid="cite-this"
    >
      <h2 id="cite" className="mb-2 font-serif text-xl">
        {t.study.cite}
      </h2>
      {study.titleDerived ? <p className="mb-2 text-sm text-amber-900">{t.citing.derivedTitle}</p> : null}
      {apa ? (
        <div>
          <h3 className="flex items-center gap-3 text-sm font-semibold text-stone-700">
            APA <CopyCitation targetId="cite-apa" text={copyText(t.citing, 'APA')} />
          </h3>
          {/* citeproc escapes the study's text and adds only <i>, <b> and <span>. */}
          <p
            id="cite-apa"
            className="mt-1 text-sm leading-relaxed wrap-anywhere"
            dangerouslySetInnerHTML={{ __html: apa.reference }}
          />
        </div>
      ) : null}
      {(
        [
          ['BibTeX', 'cite-bibtex', formatBibtex([item])],
          ['RIS', 'cite-ris', formatRis([item])],
        ] as const
      ).map(([format, id, text]) => (
        <details key={id} className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-teal-900">{format}</summary>
          <div className="mt-2">
            <CopyCitation targetId={id} text={copyText(t.citing, format)} />
          </div>
          <pre id={id} className={CODE}>
            {text}
          </pre>
        </details>
      ))}
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold text-stone-700">{t.citing.downloads}:</span>
        <a href={`${cite}/bibtex`} download className={LINK} data-testid="download-bibtex">
          {t.citing.downloadBibtex}
        </a>
        <a href={`${cite}/ris`} download className={LINK} data-testid="download-ris">
          {t.citing.downloadRis}
        </a>
        <a href={`${cite}/csl-json`} download className={LINK} data-testid="download-csl-json">
          {t.citing.downloadCslJson}
        </a>
      </p>
    </section>
  );
}
