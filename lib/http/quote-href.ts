// The link from a quoted sentence (a comparison's "source", a framework's quote) to that sentence on the study
// page. The element fragment (#abstract-id, #section-3) brings the reader to the abstract or section that holds it;
// a text fragment (`:~:text=start,end`, supported by Chromium, Safari and Firefox) then scrolls to the sentence
// itself and highlights it. Browsers without text fragments ignore the directive and stop at the element.
import type { SourceQuote } from '../db/source-quote';

const WORDS_PER_END = 5;

/** Percent-encoding for a text directive: "-", "," and "&" are its syntax, so they are encoded too. */
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The text directive for a quote: its first and last words when it is long (a start,end pair matches the whole
 * sentence without spelling all of it in the URL), else the whole quote. The "…" of a shortened quote is dropped.
 */
export function textDirective(quote: string): string | null {
  const words = quote
    .replace(/^[…\s]+|[…\s]+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return null;
  if (words.length <= WORDS_PER_END * 2) return `text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, WORDS_PER_END).join(' ');
  const end = words.slice(-WORDS_PER_END).join(' ');
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

export function quoteHref(studyId: string, quote: SourceQuote): string {
  const directive = textDirective(quote.text);
  const fragment = `${quote.anchor ?? ''}${directive ? `:~:${directive}` : ''}`;
  return `/studies/${studyId}${fragment ? `#${fragment}` : ''}`;
}
