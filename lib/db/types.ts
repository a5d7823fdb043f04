// Domain shapes that leave lib/db: pages and the search index see these, never Prisma rows.
import type { Provenance } from '../ingest/types';

export interface Named {
  key: string;
  name: string;
  acronym?: string | null;
  /** false for a term found in the text's own words that the curated vocabulary lacks. */
  inVocabulary?: boolean;
}

/** What a result list shows for a study; also stored in the search index as each hit's display payload. */
export interface StudySummary {
  id: string;
  title: string;
  titleLanguage: 'id' | 'en';
  titleDerived: boolean;
  /** Both titles, so a page can show the one in the interface language (lib/db/title-in.ts); absent in a search
   * index built before it was added. */
  titles?: { id: string | null; en: string | null };
  kind: string;
  languages: string[];
  year: number | null;
  authors: string[];
  organisations: Named[]; // subjects only
  countries: Named[];
  frameworks: Named[];
  period: { from: number; to: number } | null;
}

export interface StudyDetail extends StudySummary {
  sourceFile: string;
  titles: { id: string | null; en: string | null };
  abstracts: { id: string | null; en: string | null };
  abstractTruncated: { id: boolean; en: boolean };
  /** Supervisors, examiners, promotors: named with their role, never as authors. */
  contributors: { name: string; role: string }[];
  /** Studies that are possibly the same study (reworded or posted twice), most similar first. */
  nearDuplicates: { id: string; similarity: number }[];
  keywords: { id: string[]; en: string[] };
  affiliation: string | null;
  email: string | null;
  venue: string | null;
  volume: string | null;
  issue: string | null;
  actors: Named[];
  methods: Named[];
  frameworkUses: (Named & { quote: string | null; mechanisms: string[]; provenance: Provenance })[];
  /** Body sections; `start`/`end` are offsets in the stored text, so a provenance span can name its section. */
  sections: {
    heading: string;
    level: number;
    text: string;
    language: string | null;
    start: number;
    end: number;
  }[];
  captions: { kind: string; label: string; text: string }[];
  references: {
    raw: string;
    authors: string[];
    year: number | null;
    title: string | null;
    venue: string | null;
    doi: string | null;
    url: string | null;
  }[];
  figures: { value: string; counts: string; sentence: string }[];
  provenance: Record<string, Provenance>;
  /** Where each list field came from (its first item's provenance; a curated list is curated as a whole). */
  listProvenance: Partial<
    Record<'authors' | 'keywords' | 'organisations' | 'actors' | 'countries' | 'methods', Provenance>
  >;
  repairs: { kind: string; original: string; replacement: string }[];
  ingestedAt: string;
  format: 'text' | 'pdf' | 'harvest';
  /** The study's DOI (bare) and landing page, where its source states them. */
  doi: string | null;
  url: string | null;
  /** The original file when the store keeps it (a PDF), served at `href`. */
  original: { href: string; mediaType: string; fileName: string } | null;
  /** A PDF's pages; `ocrConfidence` (0-100) for a page read by OCR, null for a page with a text layer. */
  pages: { page: number; ocrConfidence: number | null }[];
  /** The OAI-PMH records the study came from, or that were merged into it (filled in by getStudy). */
  harvested: {
    identifier: string;
    merged: boolean;
    source: { key: string; baseUrl: string; repositoryName: string | null };
  }[];
}
