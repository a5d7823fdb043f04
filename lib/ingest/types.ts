// The parsed document: what the ingest pipeline produces for one source file, before it is stored.
// Offsets (`start`, `end`) index into `CleanText.text` unless stated otherwise.
import type { DocumentKindKey, Lang } from '../vocabulary/types';

export type Provenance =
  | { source: 'extracted'; start: number; end: number; page?: number } // page: of a PDF, 1-based
  | { source: 'derived'; from: string; start?: number; end?: number }
  | { source: 'curated'; file: string }
  // A field of a harvested record: `from` names the source, `identifier` is the record's OAI identifier; the
  // offsets are into the text composed from the record (see lib/harvest/record-to-document.ts); a field that is
  // not part of that text (the year, the venue) has none.
  | { source: 'harvested'; from: string; identifier: string; start?: number; end?: number };

export interface Field<T> {
  value: T;
  provenance: Provenance;
}

/** Result of the decode step. */
export interface DecodedText {
  text: string; // original text, decoded, BOM and control characters removed, line endings as in the file
  /** How the text was read: a text file's encoding, or assembled from a PDF's text layer or by OCR. */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'pdf-text' | 'pdf-ocr';
  lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** What decoding changed (invalid bytes replaced by U+FFFD, control characters removed); absent when nothing. */
  repairs?: Repair[];
}

/**
 * A repair the cleaner (or the decoder) made; `original` is kept so nothing of the source is lost. For the
 * decoder's repairs `original` is printable: an invalid byte as "\xFF", a control character as its Control
 * Pictures sign (NUL is "␀", U+2400), since a raw NUL cannot be stored in every database.
 */
export interface Repair {
  kind:
    | 'ocr'
    | 'running-header'
    | 'page-number'
    | 'hyphenation'
    | 'markup'
    | 'superscript'
    | 'invalid-byte'
    | 'control-character'
    | 'boilerplate';
  original: string;
  replacement: string;
  originalStart: number; // offset into DecodedText.text
}

/** Result of the clean step: repaired text, paragraphs re-joined, plus a way back to the original. */
export interface CleanText {
  text: string; // paragraphs separated by "\n\n"; lines inside a paragraph joined with spaces
  repairs: Repair[];
  /** Maps an offset in `text` to an offset in the original decoded text (approximate inside repaired spans). */
  toOriginal: (offset: number) => number;
}

export interface Section {
  heading: string;
  level: number; // 1 for top-level headings (PENDAHULUAN), 2 for sub-headings, 3 for numbered parts
  language?: Lang;
  text: string;
  start: number;
  end: number;
}

export interface Caption {
  kind: 'table' | 'figure';
  label: string; // "Tabel 1", "Gambar 3"
  text: string;
  start: number;
  end: number;
}

export interface Reference {
  raw: string;
  authors: string[];
  year: number | null;
  title: string | null;
  venue: string | null;
  doi: string | null;
  url: string | null;
}

export interface InTextCitation {
  text: string; // "(UNODC, 2019)"
  authors: string; // "UNODC"
  year: number | null;
  start: number;
  end: number;
}

/** Output of the segment step (structure only, no classification). */
/** A person named with a role other than author: a thesis's supervisor, examiner or promotor. */
export interface Contributor {
  name: string;
  role: 'supervisor' | 'examiner' | 'promotor';
}

export interface SegmentedDocument {
  title: Partial<Record<Lang, Field<string>>>;
  authors: Field<string>[];
  contributors: Field<Contributor>[]; // never authors
  /** Abstracts that stop mid-sentence (a capture cut off): kept as they are, marked. */
  abstractTruncated: Partial<Record<Lang, boolean>>;
  affiliation: Field<string> | null;
  email: Field<string> | null;
  venue: Field<string> | null;
  volume: Field<string> | null;
  issue: Field<string> | null;
  year: Field<number> | null;
  abstracts: Partial<Record<Lang, Field<string>>>;
  keywords: Record<Lang, Field<string>[]>;
  sections: Section[]; // body sections, in order (abstracts and keyword lines are not sections)
  captions: Caption[];
  references: Reference[];
  citations: InTextCitation[];
}

export interface Mention {
  key: string; // vocabulary key; for a term found in the text's own words, a URL-safe key made from it
  provenance: Provenance;
  /**
   * Set for a term the vocabulary lacks (open vocabulary): its name as the text states it. Such terms are stored,
   * shown and searchable like the others, marked as not in the vocabulary, and offered to curators.
   */
  openName?: string;
}

export interface FrameworkUse extends Mention {
  quote: string; // the sentence that says the study uses the framework
  mechanisms: string[]; // mechanism keys of the framework that the study names
}

export interface KeyFigure {
  value: string; // "2,605" or "46.14%"
  counts: string; // what the number counts, in the words of the text, e.g. "TPPO cases in 2017-2022"
  sentence: string;
  start: number;
  end: number;
}

/** Output of the classify step. */
export interface Classification {
  kind: Field<DocumentKindKey>;
  languages: Lang[]; // languages present, main first
  subjects: Mention[]; // organisations the study is about
  actors: Mention[]; // other organisations it names
  countries: Mention[];
  period: Field<{ from: number; to: number }> | null;
  frameworks: FrameworkUse[];
  methods: Mention[];
  figures: KeyFigure[];
}

/** A page of a PDF: where its text lies in the decoded text, and how sure OCR was of it (null: text layer). */
export interface SourcePage {
  page: number;
  start: number; // offsets into DecodedText.text
  end: number;
  ocrConfidence: number | null; // mean word confidence, 0-100
}

/** Everything the ingest stores for one file. */
export interface ParsedDocument extends SegmentedDocument, Classification {
  sourceFile: string; // path relative to the corpus folder
  contentHash: string; // sha-256 of the raw bytes
  decoded: DecodedText;
  clean: Omit<CleanText, 'toOriginal'>;
  format: 'text' | 'pdf' | 'harvest';
  /** The study's own DOI (bare, "10.x/y") and landing page, where the source states them (a harvested record). */
  doi?: string | null;
  url?: string | null;
  /** The PDF's pages (empty for a text file), so a field or a quote can point at its page. */
  pages: SourcePage[];
  /** A PDF's own bytes, stored so the study page can offer the original (a text file's text is stored as is). */
  original?: { mediaType: string; fileName: string; bytes: Uint8Array };
  /** Content words for finding near-duplicates (see near-duplicates.ts). */
  comparisonTerms: { text: string[]; title: string[] };
}
