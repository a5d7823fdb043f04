// Where in a document a provenance span lies, as a reader would name it: the title lines, one of the abstracts, a
// body section by its heading, the front matter before them. Offsets alone ("characters 0-121") mean nothing to a
// reader; the interface turns a place into words (components/study/provenance-badge.tsx).
import type { Provenance } from '../ingest/types';

export type Place =
  | { zone: 'title' | 'abstract-id' | 'abstract-en' | 'front-matter' | 'text' }
  | { zone: 'section'; heading: string };

export interface DocumentLayout {
  provenance: Record<string, Provenance>;
  sections: { heading: string; start: number; end: number }[];
}

const spanOf = (p: Provenance | undefined) =>
  p && p.source !== 'curated' && p.start !== undefined && p.end !== undefined
    ? { start: p.start, end: p.end }
    : null;

/** The place of an extracted (or located derived) span; null for a span without offsets or a curated value. */
export function placeOf(provenance: Provenance, layout: DocumentLayout): Place | null {
  const span = spanOf(provenance);
  if (!span) return null;
  const at = span.start;
  const inside = (key: string) => {
    const range = spanOf(layout.provenance[key]);
    return range !== null && at >= range.start && at < Math.max(range.end, range.start + 1);
  };
  if (inside('titleId') || inside('titleEn')) return { zone: 'title' };
  if (inside('abstractId')) return { zone: 'abstract-id' };
  if (inside('abstractEn')) return { zone: 'abstract-en' };
  const section = layout.sections.find((s) => at >= s.start && at < s.end);
  if (section) return { zone: 'section', heading: section.heading };
  const firstBody = Math.min(
    ...[layout.provenance.abstractId, layout.provenance.abstractEn].map((p) => spanOf(p)?.start ?? Infinity),
    ...layout.sections.map((s) => s.start),
  );
  return at < firstBody ? { zone: 'front-matter' } : { zone: 'text' };
}
