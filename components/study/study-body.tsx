import type { StudyDetail } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';
import { isReferenceHeading } from '@/lib/ingest/segment/references';

// The outline's indent per heading level, as classes: the page's CSP allows no inline style attributes.
const INDENT = ['pl-0', 'pl-4', 'pl-8', 'pl-12', 'pl-16', 'pl-20'];

function anchor(index: number) {
  return `section-${index + 1}`;
}

/** Body sections with an outline to jump between them; references and key figures follow. */
export async function StudyBody({ study }: { study: StudyDetail }) {
  const { t } = await getI18n();
  // The reference list is shown once, as the parsed list below: its section in the body (the same entries as raw
  // text) is left out, and its outline entry goes to that list.
  const isListed = (heading: string) => study.references.length > 0 && isReferenceHeading(heading);
  return (
    <div className="flex flex-col gap-8">
      {study.figures.length ? (
        <section aria-labelledby="figures">
          <h2 id="figures" className="mb-2 font-serif text-xl">
            {t.study.keyFigures}
          </h2>
          <ul className="list-disc pl-5 text-sm">
            {study.figures.map((f, i) => (
              <li key={i}>
                <strong>{f.value}</strong> {f.counts} <span className="text-stone-600">— “{f.sentence}”</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {study.sections.length ? (
        <section aria-labelledby="outline">
          <h2 id="outline" className="mb-2 font-serif text-xl">
            {t.study.sections}
          </h2>
          <nav aria-label={t.study.outline}>
            <ol className="text-sm">
              {study.sections.map((s, i) => (
                <li key={i} className={INDENT[Math.min(s.level, INDENT.length) - 1]}>
                  <a
                    href={isListed(s.heading) ? '#references' : `#${anchor(i)}`}
                    className="text-teal-800 underline-offset-2 hover:underline"
                  >
                    {s.heading}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <div className="mt-4 flex flex-col gap-4">
            {study.sections.map((s, i) =>
              isListed(s.heading) ? null : (
                <section key={i} id={anchor(i)} lang={s.language ?? undefined} className="scroll-mt-4">
                  <h3 className={s.level === 1 ? 'font-semibold' : 'font-medium italic'}>{s.heading}</h3>
                  <p className="leading-relaxed whitespace-pre-line">{s.text}</p>
                </section>
              ),
            )}
          </div>
        </section>
      ) : null}
      {study.references.length ? (
        <section aria-labelledby="references">
          <h2 id="references" className="mb-2 font-serif text-xl">
            {t.study.references(study.references.length)}
          </h2>
          <ol className="list-decimal pl-5 text-sm wrap-anywhere">
            {study.references.map((r, i) => (
              <li key={i} className="mb-1">
                {r.raw}
                {r.doi ? (
                  <a href={`https://doi.org/${r.doi}`} className="ml-1 text-teal-800 underline">
                    doi
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
