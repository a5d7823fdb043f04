// The bibliographic fields of a Dublin Core record as Telaah stores them: DOI and landing page from dc:identifier,
// the publication year from dc:date, the venue (and volume, issue) from dc:source or dc:publisher, the kind of
// document from dc:type, authors in the "Given Family" order the rest of the corpus uses.
import type { DocumentKindKey } from '../vocabulary/types';
import { doiOf } from '../ingest/doi';
import type { DublinCore } from './oai-dc-record';

export interface RecordIdentifiers {
  doi: string | null;
  url: string | null;
}

export function identifiersOf(dc: DublinCore): RecordIdentifiers {
  const values = [...dc.identifier, ...dc.relation].map((v) => v.value.trim());
  const doi = values.map(doiOf).find(Boolean) ?? null;
  const links = dc.identifier.map((v) => v.value.trim()).filter((v) => /^https?:\/\/\S+$/i.test(v));
  // The landing page: a link that is not the DOI's resolver and not a file (a PDF galley or bitstream).
  const url =
    links.find(
      (link) => !/doi\.org\//i.test(link) && !/\.pdf(\?|$)|\/download\/|\/bitstream\//i.test(link),
    ) ??
    links.find((link) => !/doi\.org\//i.test(link)) ??
    null;
  return { doi, url };
}

/**
 * The year of publication. DSpace writes its accession and availability timestamps as dc:date too, before the
 * issue date: dates with a time of day are such stamps, used only when there is no plain date. Of the rest, the
 * earliest plausible year (a later one is a reprint's or a deposit's).
 */
export function yearOf(dc: DublinCore, now = new Date()): number | null {
  const plain = dc.date.filter((d) => !/T\d{2}:\d{2}/.test(d.value));
  const years = (plain.length ? plain : dc.date)
    .map((d) => /\b(1[89]\d{2}|20\d{2})\b/.exec(d.value)?.[1])
    .map(Number)
    .filter((y) => y >= 1900 && y <= now.getUTCFullYear() + 1);
  return years.length ? Math.min(...years) : null;
}

const ISSN = /^\s*(?:e-?|p-?)?issn[:\s]*|^\s*\d{4}-\d{3}[\dxX]\s*$/i;

export interface Venue {
  venue: string | null;
  volume: string | null;
  issue: string | null;
}

/** OJS writes dc:source as "Journal; Vol 10 No 2 (2021); 123-140" and again as the ISSN alone. */
export function venueOf(dc: DublinCore): Venue {
  for (const { value } of dc.source) {
    if (ISSN.test(value)) continue;
    const [name, ...rest] = value.split(/\s*;\s*/);
    const issueText = rest.join(' ');
    const volume = /\bvol(?:ume)?\.?\s*(\w+)/i.exec(issueText)?.[1] ?? null;
    const issue = /\b(?:no|nomor|number|issue)\.?\s*(\w+)/i.exec(issueText)?.[1] ?? null;
    if (name && !/^https?:/i.test(name)) return { venue: name.trim(), volume, issue };
  }
  const publisher = dc.publisher[0]?.value ?? null;
  return { venue: publisher, volume: null, issue: null };
}

// dc:type as OJS ("info:eu-repo/semantics/article", "Peer-reviewed Article"), DSpace ("Thesis", "Article") and
// EPrints ("Thesis", "Skripsi", "Article") write it.
const KINDS: [RegExp, DocumentKindKey][] = [
  [/thesis|skripsi|tesis|disertasi|dissertation/i, 'thesis'],
  [/conference|proceeding|prosiding/i, 'conference-paper'],
  [/article|artikel|journal/i, 'journal-article'],
  [/report|laporan|working\s*paper/i, 'report'],
];

export function kindOf(dc: DublinCore): { kind: DocumentKindKey; type: string } | null {
  for (const { value } of dc.type)
    for (const [pattern, kind] of KINDS) if (pattern.test(value)) return { kind, type: value };
  return null;
}

/** "Family, Given" (how OJS and DSpace write dc:creator) as "Given Family"; other shapes as they are. */
export function displayName(creator: string): string {
  const parts = creator.split(',').map((p) => p.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1] || /\d/.test(creator)) return creator.trim();
  return `${parts[1]} ${parts[0]}`;
}
