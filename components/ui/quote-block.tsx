import type { SourceQuote } from '@/lib/db/source-quote';
import { quoteHref } from '@/lib/http/quote-href';

/**
 * A sentence quoted from a study, linked to its place in the study page. The quote keeps the study's language,
 * which the interface language does not change.
 */
export function QuoteBlock({
  quote,
  studyId,
  linkLabel,
  lang,
}: {
  quote: SourceQuote;
  studyId: string;
  linkLabel: string;
  lang?: string;
}) {
  const href = quoteHref(studyId, quote);
  // A quote from an abstract is in that abstract's language; a body section's language comes from the caller.
  const language = lang ?? /^abstract-(id|en)$/.exec(quote.anchor ?? '')?.[1];
  return (
    <figure className="flex flex-col gap-1">
      <blockquote
        lang={language}
        className="border-l-4 border-teal-700/40 bg-stone-50 py-1 pl-3 text-sm leading-relaxed text-stone-800 italic"
      >
        “{quote.text}”
      </blockquote>
      <figcaption className="text-xs">
        {/* A plain link, not next/link: the browser applies a text fragment only on a document navigation. */}
        <a href={href} className="text-teal-800 underline underline-offset-2 hover:text-teal-950">
          {linkLabel}
        </a>
      </figcaption>
    </figure>
  );
}
