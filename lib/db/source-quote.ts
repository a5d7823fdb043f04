// Where a value came from, as a reader sees it: the sentence of the study around an extracted span, and the
// anchor of the study page (abstract or section) that holds it.
import type { Provenance } from '../ingest/types';

export interface SourceQuote {
  text: string;
  /** Fragment of the study page, e.g. "abstract-id" or "section-3"; null when the place is not shown there. */
  anchor: string | null;
}

const MAX_QUOTE = 400;

/** The sentence(s) of `text` that contain characters start..end, trimmed to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?]\s|\n\n/g;
  let from = 0;
  for (const match of text.slice(0, start).matchAll(boundary)) from = (match.index ?? 0) + match[0].length;
  boundary.lastIndex = 0;
  const after = boundary.exec(text.slice(end));
  let to = after ? end + after.index + 1 : text.length;
  if (to - from > MAX_QUOTE) {
    // A long "sentence" is usually run-on extraction text: keep a window around the span itself.
    from = Math.max(from, start - MAX_QUOTE / 2);
    to = Math.min(to, end + MAX_QUOTE / 2);
    return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
  }
  return text.slice(from, to).trim();
}

export interface Located {
  start: number;
  end: number;
}

/**
 * The study page anchor for an offset: the abstract whose span holds it, else the body section (numbered in
 * position order, as components/study/study-body.tsx numbers them).
 */
export function anchorAt(
  offset: number,
  abstracts: { id?: Provenance; en?: Provenance },
  sections: Located[],
): string | null {
  for (const lang of ['id', 'en'] as const) {
    const p = abstracts[lang];
    if (
      p &&
      p.source !== 'curated' &&
      p.start !== undefined &&
      p.end !== undefined &&
      offset >= p.start &&
      offset < p.end
    )
      return `abstract-${lang}`;
  }
  const index = sections.findIndex((s) => offset >= s.start && offset < s.end);
  return index >= 0 ? `section-${index + 1}` : null;
}

export interface QuoteContext {
  cleanText: string;
  provenance: Record<string, Provenance>;
  sections: Located[];
}

/** The quote behind a value with this provenance; null for curated values or spans we cannot place. */
export function quoteFor(provenance: Provenance | undefined, context: QuoteContext): SourceQuote | null {
  if (!provenance || provenance.source === 'curated') return null;
  const start = provenance.start;
  const end = provenance.end;
  if (start === undefined || end === undefined || end > context.cleanText.length || start > end) return null;
  const abstracts = { id: context.provenance.abstractId, en: context.provenance.abstractEn };
  return {
    text: sentenceAround(context.cleanText, start, end),
    anchor: anchorAt(start, abstracts, context.sections),
  };
}
