// Where the language of a stretch of text changes: the text under one abstract heading can hold both abstracts
// (the Indonesian one, then the English one, with no heading between, or run into one paragraph). Each sentence's
// language is detected; runs too short to be an abstract of their own (an English term quoted in an Indonesian
// sentence, a name) take the language around them.
import type { Lang } from '../../vocabulary/types';
import { detectLanguage, staysInLanguage } from './language';

export interface Span {
  start: number;
  end: number;
}

export interface LanguageRun extends Span {
  lang: Lang | null;
  words: number;
}

/** A run shorter than this many words is not an abstract of its own. */
const MIN_RUN_WORDS = 15;
/** Sentences shorter than this are too short to tell by; they join the run around them. */
const MIN_SENTENCE_WORDS = 4;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

// A sentence ends at . ! ? (and closing quotes or brackets) followed by space and a capital letter.
const BOUNDARY = /[.!?]+["”’')\]]*\s+(?=["“‘(]?\p{Lu})/gu;

function sentences(text: string, span: Span): LanguageRun[] {
  const slice = text.slice(span.start, span.end);
  const out: LanguageRun[] = [];
  let from = 0;
  const push = (to: number) => {
    const part = slice.slice(from, to).trim();
    if (part.length === 0) return;
    const lead = slice.slice(from, to).length - slice.slice(from, to).trimStart().length;
    const words = wordCount(part);
    out.push({
      start: span.start + from + lead,
      end: span.start + from + lead + part.length,
      words,
      lang: words >= MIN_SENTENCE_WORDS ? detectLanguage(part) : null,
    });
  };
  for (const match of slice.matchAll(BOUNDARY)) {
    const to = match.index + match[0].trimEnd().length;
    push(to);
    from = to;
  }
  push(slice.length);
  return out;
}

/** Joins neighbours of the same language (a run of unknown language joins the one before it, or after it). */
function coalesce(runs: LanguageRun[]): LanguageRun[] {
  const out: LanguageRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && (run.lang === null || last.lang === null || run.lang === last.lang)) {
      out[out.length - 1] = {
        start: last.start,
        end: run.end,
        words: last.words + run.words,
        lang: last.lang ?? run.lang,
      };
    } else out.push({ ...run });
  }
  return out;
}

/** Short runs take the language of the run before them (the first one, of the run after it). */
function absorbShort(runs: LanguageRun[]): LanguageRun[] {
  const longest = runs.reduce((best, r) => (r.words > best ? r.words : best), 0);
  return runs.map((run, i) => {
    if (run.words >= MIN_RUN_WORDS || run.words === longest) return run;
    const neighbour = runs[i - 1] ?? runs[i + 1];
    return neighbour ? { ...run, lang: neighbour.lang } : run;
  });
}

/** Characters read at the head and the tail of a span to see whether it changes language. */
const PROBE = 200;

/**
 * The span's language when its head and tail agree (nearly always: one abstract per span), so that only a
 * span that does change language pays for a detection per sentence.
 */
function uniformLanguage(text: string, span: Span): Lang | null | undefined {
  const length = span.end - span.start;
  // Too short to hold two abstracts of MIN_RUN_WORDS each: one language.
  if (length < 200) return detectLanguage(text.slice(span.start, span.end));
  const probe = Math.min(PROBE, Math.floor(length / 2));
  const head = detectLanguage(text.slice(span.start, span.start + probe));
  if (head === null) return undefined;
  const tailText = text.slice(span.end - probe, span.end);
  if (staysInLanguage(tailText, head)) return head;
  return detectLanguage(tailText) === head ? head : undefined;
}

/** The language runs of the spans, in order: one run per stretch of one language. */
export function languageRuns(text: string, spans: Span[]): LanguageRun[] {
  const all = spans.flatMap((span) => {
    const lang = uniformLanguage(text, span);
    if (lang === undefined) return sentences(text, span);
    return [{ ...span, lang, words: wordCount(text.slice(span.start, span.end)) }];
  });
  return coalesce(absorbShort(coalesce(all)));
}
