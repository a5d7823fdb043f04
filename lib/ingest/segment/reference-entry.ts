// One reference-list entry parsed into authors, year, title, venue, DOI and URL. Tolerant of the loose APA that
// Indonesian journals print: "Anita. (2021).", "Persatuan Jaksa Indonesia, (2019).", "RRI. (2023) Title".
import type { Reference } from '../types';

const MARKER = /^(?:[-–•▪]\s+|\[\d{1,3}\]\s*|\d{1,3}\.\s+)/;
const YEAR_PAREN = /\(\s*((?:19|20)\d{2})[a-z]?\s*\)|\(\s*(n\.\s?d\.?)\s*\)/;
const YEAR_BARE = /[,.]\s*((?:19|20)\d{2})[a-z]?[.,]/;
const DOI = /\b(10\.\d{4,9}\/[^\s<>"]+)/;
const URL = /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+)/;
const INITIALS = /^(?:\p{Lu}\.?\s*-?\s*)+$/u;
const NOT_VENUE = /^(?:diakses|available|retrieved|accessed|tersedia|https?:|www\.|doi)/i;

export function stripMarker(text: string): string {
  return text.replace(MARKER, '').trim();
}

/** Drops closing punctuation, and a closing parenthesis only when it has no opening partner. */
export function trimTrailing(text: string): string {
  let result = text.replace(/[\s.,;:]+$/, '');
  const opens = (result.match(/\(/g) ?? []).length;
  const closes = (result.match(/\)/g) ?? []).length;
  if (result.endsWith(')') && closes > opens) result = result.slice(0, -1).replace(/[\s.,;:]+$/, '');
  return result;
}

/** "Al Ghifari, M. A., & Wibawa, S." -> ["Al Ghifari, M. A.", "Wibawa, S."]. */
export function splitAuthors(text: string): string[] {
  const parts = text
    .replace(/\bet\s+al\.?/gi, '')
    .replace(/\s*(?:&|\band\b|\bdan\b)\s*/g, ', ')
    .split(/\s*,\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const authors: string[] = [];
  for (const part of parts) {
    const last = authors[authors.length - 1];
    if (INITIALS.test(part) && last !== undefined && !last.includes(','))
      authors[authors.length - 1] = `${last}, ${part}`;
    else authors.push(part);
  }
  return authors.map((a) => (a.includes(',') ? a : a.replace(/\.$/, ''))).filter((a) => a.length > 0);
}

/** Where the year is: a parenthesised year (APA) or a bare one after the authors (Harvard-like). */
export function findYear(text: string): { year: number | null; start: number; end: number } | null {
  const paren = YEAR_PAREN.exec(text);
  if (paren && paren.index < 250) {
    return {
      year: paren[1] ? Number(paren[1]) : null,
      start: paren.index,
      end: paren.index + paren[0].length,
    };
  }
  const bare = YEAR_BARE.exec(text);
  if (bare && bare.index < 200)
    return { year: Number(bare[1]), start: bare.index + 1, end: bare.index + bare[0].length };
  return null;
}

/** Splits at ". " that ends a sentence (not an initial like "M. " or an abbreviation like "ed. "). */
export function sentenceSegments(text: string): string[] {
  const segments: string[] = [];
  let from = 0;
  for (const match of text.matchAll(/[.?!]\s+/g)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    if (/(?:^|[\s(])(?:\p{Lu}|ed|eds|Vol|No|hal|pp|vol|no|Ed|cet)$/u.test(before)) continue;
    segments.push(text.slice(from, match.index).trim());
    from = match.index + match[0].length;
  }
  segments.push(text.slice(from).trim());
  return segments.filter((s) => s.length > 0);
}

/** The venue of an entry: the segment after the title, without volume/issue/pages; null for access notes. */
export function pickVenue(segments: string[]): string | null {
  for (const segment of segments) {
    const bare = segment.replace(/^\d+(?:st|nd|rd|th)\s+ed\.?\s*/i, '');
    if (NOT_VENUE.test(bare) || bare.length === 0) continue;
    const venue = trimTrailing(bare.replace(/(?:,\s*|\s+)(?:\d+\s*\(|\d+\s*,|\d+[–-]\d+|\(?vol\.).*$/i, ''));
    if (/\p{L}{2,}/u.test(venue) && !/^\d/.test(venue)) return venue;
    return null;
  }
  return null;
}

export function parseReference(raw: string): Reference {
  const text = stripMarker(raw);
  const doi = DOI.exec(text)?.[1];
  const url = URL.exec(text)?.[1];
  const year = findYear(text);
  const reference: Reference = {
    raw: text,
    authors: [],
    year: year?.year ?? null,
    title: null,
    venue: null,
    doi: doi ? trimTrailing(doi) : null,
    url: url ? trimTrailing(url) : null,
  };
  if (!year) return reference;
  reference.authors = splitAuthors(text.slice(0, year.start).replace(/[\s,]+$/, ''));
  const rest = text.slice(year.end).replace(/^[\s.,:]+/, '');
  const [title, ...after] = sentenceSegments(rest);
  reference.title = title && !NOT_VENUE.test(title) ? trimTrailing(title) : null;
  reference.venue = pickVenue(after);
  return reference;
}
