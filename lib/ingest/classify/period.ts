// The period a study covers, as a from-to pair of years. It is read where a study states its scope: the title,
// then the keywords, then the abstracts' sentences. Years elsewhere (publication years, cited works, the history in
// the body) are not the studied period, so a document that states none gets null.
import type { Field } from '../types';
import type { DocumentZones, Range } from './context';
import { splitSentences } from './sentences';

const Y = '((?:19|20)\\d{2})';
const TAHUN = '(?:(?:tahun|the\\s+year|year)\\s+)?';
const RANGE_PATTERNS: RegExp[] = [
  // 2017-2022, 2023–2024
  new RegExp(`(?<![\\d.,/-])${Y}\\s*[-–—]\\s*${Y}(?![\\d.,-]?\\d)`, 'g'),
  // 2010 sampai (dengan) tahun 2019, 2017 hingga 2022, 2010 to 2019, 2017 until 2022, 2015 s.d. 2019
  new RegExp(
    `(?<![\\d.,/-])${Y}\\s+(?:sampai(?:\\s+dengan)?|hingga|sd|s\\.d\\.?|s\\/d|to|until|till|through)\\s+${TAHUN}${Y}(?!\\d)`,
    'gi',
  ),
  // antara tahun 2015 dan 2019, between 2015 and 2019
  new RegExp(`(?:antara|between)\\s+${TAHUN}${Y}\\s+(?:dan|and)\\s+${TAHUN}${Y}(?!\\d)`, 'gi'),
];
// A single year counts only in a title, and only when it is introduced as the period ("... Tahun 2019").
const SINGLE_YEAR_IN_TITLE = new RegExp(`(?:tahun|in|pada|periode|period)\\s+${Y}(?![\\d-–])`, 'gi');

type Period = Field<{ from: number; to: number }>;

function findRange(text: string, range: Range): Period | null {
  const slice = text.slice(range.start, range.end);
  let best: { index: number; length: number; from: number; to: number } | null = null;
  for (const pattern of RANGE_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of slice.matchAll(pattern)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (!(from <= to && to - from <= 60)) continue;
      const index = m.index ?? 0;
      if (!best || index < best.index) best = { index, length: m[0].length, from, to };
    }
  }
  if (!best) return null;
  const matched = slice.slice(best.index, best.index + best.length);
  // The span runs from the first year to the second, leaving out introducing words such as "antara tahun".
  const lead = matched.indexOf(String(best.from));
  const start = range.start + best.index + Math.max(0, lead);
  const end = range.start + best.index + best.length;
  return { value: { from: best.from, to: best.to }, provenance: { source: 'extracted', start, end } };
}

// Or closing the title after a comma: "The Benjina Forced Labour Case in Maluku, 2015".
const YEAR_CLOSING_TITLE = new RegExp(`,\\s*${Y}\\s*$`);

const LAW_NUMBER_BEFORE = /(?:nomor|no\.?|number|nr\.?)\s*\d+[a-z]?\s*$/i;

function findSingleYear(text: string, range: Range): Period | null {
  const slice = text.slice(range.start, range.end);
  SINGLE_YEAR_IN_TITLE.lastIndex = 0;
  let m = SINGLE_YEAR_IN_TITLE.exec(slice);
  // "Undang-Undang Nomor 21 Tahun 2007", "Law Number 21 of 2007": the year names a law, not a period.
  while (m && LAW_NUMBER_BEFORE.test(slice.slice(Math.max(0, m.index - 30), m.index)))
    m = SINGLE_YEAR_IN_TITLE.exec(slice);
  m ??= YEAR_CLOSING_TITLE.exec(slice);
  if (!m || !m[1]) return null;
  const start = range.start + (m.index ?? 0) + m[0].indexOf(m[1]);
  const year = Number(m[1]);
  return { value: { from: year, to: year }, provenance: { source: 'extracted', start, end: start + 4 } };
}

function outside(citations: Range[], period: Period): boolean {
  const p = period.provenance;
  if (p.source !== 'extracted') return true;
  return !citations.some((c) => p.start >= c.start && p.end <= c.end);
}

function rangeInAbstracts(text: string, zones: DocumentZones): Period | null {
  for (const abstract of zones.abstracts) {
    for (const sentence of splitSentences(text, abstract.start, abstract.end)) {
      const found = findRange(text, sentence);
      if (found && outside(zones.citations, found)) return found;
    }
  }
  return null;
}

export function classifyPeriod(text: string, zones: DocumentZones): Period | null {
  for (const title of zones.titles) {
    const range = findRange(text, title);
    if (range) return range;
    const single = findSingleYear(text, title);
    if (single) {
      // "... Erupsi Gunung Semeru Tahun 2021" over an abstract that studies 2021-2022: the range that holds the
      // title's year is the fuller statement of the same period.
      const fuller = rangeInAbstracts(text, zones);
      const year = single.value.from;
      return fuller && fuller.value.from <= year && year <= fuller.value.to ? fuller : single;
    }
  }
  for (const keywords of zones.keywords) {
    const found = findRange(text, keywords);
    if (found) return found;
  }
  return rangeInAbstracts(text, zones);
}

/** The first from-to year range stated inside `range`, as "2017-2022", or null. */
export function yearRangeIn(text: string, range: Range): string | null {
  const found = findRange(text, range);
  return found ? `${found.value.from}-${found.value.to}` : null;
}
