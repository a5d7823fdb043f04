// The period a study covers, as a from-to pair of years. It is read where a study states its scope: the title,
// then the keywords, then the abstracts' sentences. Years elsewhere (publication years, cited works, the history in
// the body) are not the studied period, so a document that states none gets null.
import type { Field } from '../types';
import type { DocumentZones, Range } from './context';
import { splitSentences } from './sentences';

const Y = '((?:19|20)\\d{2})';
const TAHUN = '(?:(?:tahun|the\\s+year|year)\\s+)?';
// What may stand before a range's years: a month ("Agustus 2020", "1 Februari 2021", "March 2019") or a part of
// the year ("akhir 2023", "awal tahun 2020", "the end of 2021", "mid-2022"). Only the years are kept.
const MONTH =
  '(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember|' +
  'january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|agu|agt|sep|sept|' +
  'oct|okt|nov|dec|des)\\.?';
const PART =
  '(?:akhir|awal|pertengahan|medio|penghujung|early|late|mid|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)';
const BEFORE_YEAR = `(?:(?:\\d{1,2}\\s+)?(?:bulan\\s+)?${MONTH}\\s+|${PART}(?:\\s+|-)${TAHUN})?`;
const RANGE_PATTERNS: RegExp[] = [
  // 2017-2022, 2023–2024, Agustus 2020 – Desember 2021
  new RegExp(`(?<![\\d.,/-])${Y}\\s*[-–—]\\s*(?:${MONTH}\\s+)?${Y}(?![\\d.,-]?\\d)`, 'gi'),
  // 2010 sampai (dengan) tahun 2019, 2017 hingga 2022, 2010 to 2019, 2017 until 2022, 2015 s.d. 2019,
  // Agustus 2020 sampai Desember 2021, Februari 2021 hingga akhir 2023, March 2019 to June 2022
  new RegExp(
    `(?<![\\d.,/-])${Y}\\s+(?:sampai(?:\\s+dengan)?|hingga|sd|s\\.d\\.?|s\\/d|to|until|till|through)\\s+${TAHUN}${BEFORE_YEAR}${Y}(?!\\d)`,
    'gi',
  ),
  // antara tahun 2015 dan 2019, between 2015 and 2019, between March 2019 and June 2022
  new RegExp(
    `(?:antara|between)\\s+${TAHUN}${BEFORE_YEAR}${Y}\\s+(?:dan|and)\\s+${TAHUN}${BEFORE_YEAR}${Y}(?!\\d)`,
    'gi',
  ),
];
// A single year in a title is the period ("... Tahun 2019", "KTT APEC 2013 di Bali"), unless it names a law
// ("Undang-Undang Nomor 21 Tahun 2007") or a target ("Agenda 2030"), or opens a time after it ("Pasca-Reformasi
// 1998", "since 2015"), which only a range in the abstract can close.
const SINGLE_YEAR_IN_TITLE = new RegExp(`(?<![\\d.,/-])${Y}(?![\\d–-])`, 'g');

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

const LAW_NUMBER_BEFORE = /(?:nomor|no\.?|number|nr\.?)\s*\d+[a-z]?\s*(?:tahun|of|\/)?\s*$/i;
const TARGET_BEFORE = /(?<!\p{L})(?:agenda|visi|vision|target|roadmap|peta\s+jalan)\s*$/iu;
const OPENING_BEFORE =
  /(?<!\p{L})(?:pasca|post|sejak|since|after|setelah|sesudah|sebelum|before|pra|pre)(?:[-\s]+\p{L}+){0,2}[-\s]+$/iu;

function findSingleYear(text: string, range: Range, opening: boolean): Period | null {
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(SINGLE_YEAR_IN_TITLE)) {
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    if (LAW_NUMBER_BEFORE.test(before) || TARGET_BEFORE.test(before)) continue;
    if (OPENING_BEFORE.test(before) !== opening) continue;
    const start = range.start + m.index;
    const year = Number(m[1]);
    return { value: { from: year, to: year }, provenance: { source: 'extracted', start, end: start + 4 } };
  }
  return null;
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
    const single = findSingleYear(text, title, false);
    const opening = single ? null : findSingleYear(text, title, true);
    if (single || opening) {
      // "... Erupsi Gunung Semeru Tahun 2021" over an abstract that studies 2021-2022: the range that holds the
      // title's year is the fuller statement of the same period.
      const fuller = rangeInAbstracts(text, zones);
      const year = (single ?? opening)?.value.from ?? 0;
      if (fuller && fuller.value.from <= year && year <= fuller.value.to) return fuller;
      if (single) return single;
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
