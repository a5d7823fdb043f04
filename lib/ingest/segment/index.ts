// The segment step: cleaned text -> document structure (title block, abstracts, keywords, sections, captions,
// references, citations). Every Field's provenance points into clean.text; values read from removed running
// headers are marked derived from 'running-header'.
import type { Lang } from '../../vocabulary/types';
import type { CleanText, DecodedText, Field, SegmentedDocument } from '../types';
import { abstractBodyIndices, abstractLangNear, unlabelledKeywordsAt } from './abstract-keywords';
import { abstractsByLanguage, findAbstracts } from './abstracts';
import { findCaptions } from './captions';
import { findCitations } from './citations';
import { deriveTitle } from './derive-title';
import {
  dedupeNames,
  extracted,
  findAffiliation,
  findEmail,
  namesFromHeader,
  parseCoverYear,
  parseVenueLine,
  type VenueParts,
} from './front-matter';
import { findKeywordLines, keywordsByLanguage, relabelKeywordLines } from './keywords';
import { splitFrontLines, type FrontLine } from './front-lines';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { learnAcronyms } from './readable-case';
import { findPeople, type People } from './people';
import { findReferences, isReferenceHeading } from './references';
import { findRegions } from './regions';
import { findSections } from './sections';
import { findTitles } from './title-block';

export interface SegmentOptions {
  /** Known names; their acronyms stay in capitals when a title in capitals is re-cased. */
  knownNames?: string[];
  /** Spans of the original text set in the largest type of the first pages (from a PDF's layout). */
  largestType?: { start: number; end: number }[];
}

const fromHeader = { source: 'derived' as const, from: 'running-header' };

function runningHeaderTexts(clean: CleanText): string[] {
  return clean.repairs.filter((r) => r.kind === 'running-header').map((r) => r.original.trim());
}

/** The front's people; a byline the cleaner removed as a running header is the authors' last resort. */
function findAuthors(lines: FrontLine[], headers: string[], titleEnds: Set<number>): People {
  const people = findPeople(lines, titleEnds);
  if (people.authors.length > 0) return people;
  for (const header of headers) {
    const names = namesFromHeader(header);
    if (names.length > 0) return { ...people, authors: dedupeNames(names) };
  }
  return people;
}

interface VenueFields {
  venue: Field<string> | null;
  volume: Field<string> | null;
  issue: Field<string> | null;
  year: Field<number> | null;
}

function venueFields(front: Paragraph[], headers: string[]): VenueFields {
  const fields = (parts: VenueParts, provenance: Field<string>['provenance']): VenueFields => ({
    venue: { value: parts.venue, provenance },
    volume: { value: parts.volume, provenance },
    issue: { value: parts.issue, provenance },
    year: parts.year === null ? null : { value: parts.year, provenance },
  });
  for (const p of front) {
    const parts = parseVenueLine(p.text);
    if (parts) return fields(parts, extracted(p.start, p.end));
  }
  for (const header of headers) {
    const parts = parseVenueLine(header);
    if (parts) return fields(parts, fromHeader);
  }
  for (const p of front) {
    const year = parseCoverYear(p.text);
    if (year !== null)
      return {
        venue: null,
        volume: null,
        issue: null,
        year: { value: year, provenance: extracted(p.start, p.end) },
      };
  }
  return { venue: null, volume: null, issue: null, year: null };
}

function derivedTitles(
  abstracts: Partial<Record<Lang, Field<string>>>,
): Partial<Record<Lang, Field<string>>> {
  const titles: Partial<Record<Lang, Field<string>>> = {};
  for (const lang of ['id', 'en'] as const) {
    const abstract = abstracts[lang];
    if (!abstract || abstract.provenance.source !== 'extracted') continue;
    const span = deriveTitle(abstract.value, lang);
    if (!span) continue;
    const base = abstract.provenance.start;
    titles[lang] = {
      value: span.value,
      provenance: { source: 'derived', from: 'abstract', start: base + span.start, end: base + span.end },
    };
  }
  return titles;
}

export function segmentDocument(
  clean: CleanText,
  decoded: DecodedText,
  options: SegmentOptions = {},
): SegmentedDocument {
  const text = clean.text;
  const paragraphs = splitParagraphs(text);
  const acronyms = learnAcronyms(
    paragraphs.map((p) => p.text),
    options.knownNames ?? [],
  );
  const abstractBlocks = findAbstracts(paragraphs, text);
  const keywordLines = relabelKeywordLines(
    findKeywordLines(paragraphs, unlabelledKeywordsAt(abstractBlocks), abstractBodyIndices(abstractBlocks)),
    abstractLangNear(abstractBlocks),
  );
  const regions = findRegions(paragraphs, abstractBlocks, keywordLines);
  const headers = runningHeaderTexts(clean);

  const abstracts: Partial<Record<Lang, Field<string>>> = {};
  const abstractTruncated: Partial<Record<Lang, boolean>> = {};
  for (const [lang, block] of abstractsByLanguage(abstractBlocks)) {
    abstracts[lang] = {
      value: text.slice(block.start, block.end),
      provenance: extracted(block.start, block.end),
    };
    if (block.truncated) abstractTruncated[lang] = true;
  }
  const frontLines = splitFrontLines(regions.front, clean, decoded.text);
  const langAfter = (line: FrontLine) =>
    regions.langAfter({ index: line.paragraph, text: line.text, start: line.start, end: line.end });
  const largest = options.largestType ?? [];
  const inLargestType = (run: { start: number; end: number }) => {
    const from = clean.toOriginal(run.start);
    const to = clean.toOriginal(Math.max(run.start, run.end - 1));
    return largest.some((span) => span.start <= to && from < span.end);
  };
  const stated = findTitles(frontLines, acronyms, langAfter, undefined, inLargestType);
  const titleEnds = new Set(
    Object.values(stated).map((t) => (t.provenance.source === 'extracted' ? t.provenance.end : -1)),
  );
  const people = findAuthors(frontLines, headers, titleEnds);
  const title = Object.keys(stated).length > 0 ? stated : derivedTitles(abstracts);

  const body = paragraphs.slice(regions.bodyStart);
  const referenceHeading = body.find((p) => isReferenceHeading(p.text));
  return {
    title,
    authors: people.authors,
    contributors: people.contributors,
    abstractTruncated,
    affiliation: findAffiliation(regions.front, acronyms),
    email: findEmail(regions.front),
    ...venueFields(regions.front, headers),
    abstracts,
    keywords: keywordsByLanguage(keywordLines),
    sections: findSections(body, text),
    captions: findCaptions(paragraphs),
    references: findReferences(body),
    citations: findCitations(text, 0, referenceHeading?.start ?? text.length),
  };
}
