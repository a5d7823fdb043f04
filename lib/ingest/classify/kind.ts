// The kind of document, from its structure: a body of sections, a venue or a reference list make a full paper
// (a thesis when it says so, a conference paper when its venue is a proceedings); abstracts alone make a thesis
// abstract, the genre's commonest short form.
import type { DocumentKindKey } from '../../vocabulary/types';
import type { Field, SegmentedDocument } from '../types';
import type { DocumentZones } from './context';

// Headings that only a full paper has, each on a paragraph of its own.
const BODY_HEADING =
  /(?:^|\n\s*\n)\s*(?:(?:BAB\s+[IVX]+\.?\s*)?PENDAHULUAN|INTRODUCTION|METODE(?:\s+PENELITIAN)?|METODOLOGI(?:\s+PENELITIAN)?|METHODS?|METHODOLOGY|RESEARCH\s+METHODS?|HASIL\s+DAN\s+PEMBAHASAN|PEMBAHASAN|RESULTS?\s+AND\s+DISCUSSION|DISCUSSION|KESIMPULAN|SIMPULAN|PENUTUP|CONCLUSIONS?|DAFTAR\s+PUSTAKA|REFERENCES)\s*(?=\n|$)/;
const THESIS =
  /(?<!\p{L})(?:skripsi|tesis|disertasi|undergraduate\s+thesis|master'?s\s+thesis|dissertation|BAB\s+I(?!\p{L}))(?!\p{L})/iu;
const PROCEEDINGS = /prosiding|proceedings?|seminar\s+nasional|konferensi|conference|symposium|simposium/i;

export function classifyKind(
  text: string,
  segmented: SegmentedDocument,
  zones: DocumentZones,
): Field<DocumentKindKey> {
  const derived = (value: DocumentKindKey, from: string): Field<DocumentKindKey> => ({
    value,
    provenance: { source: 'derived', from },
  });
  const hasSections = segmented.sections.length > 0 || BODY_HEADING.test(text);
  const hasReferences = segmented.references.length > 0 || zones.referencesStart < text.length;
  const venue = segmented.venue?.value ?? '';

  if (hasSections || hasReferences || venue) {
    if (PROCEEDINGS.test(venue))
      return derived('conference-paper', 'venue names a proceedings or conference');
    if (!venue && THESIS.test(text.slice(0, 3000)))
      return derived('thesis', 'body sections and a thesis title page');
    const because = hasSections ? 'body sections' : hasReferences ? 'reference list' : 'venue';
    return derived('journal-article', because);
  }
  if (zones.abstracts.length > 0) return derived('thesis-abstract', 'abstracts without body sections');
  return derived('unknown', 'no abstracts, sections, venue or references');
}
