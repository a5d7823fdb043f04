// The reference list: the paragraphs after a DAFTAR PUSTAKA / REFERENCES heading, one entry each, except that a
// line which cannot start an entry (a URL, a lower-case fragment) continues the entry before it.
import type { Reference } from '../types';
import { isAllCaps, isSectionKeyword, stripNumbering } from '../clean/heading-shape';
import type { Paragraph } from './paragraphs';
import { findYear, parseReference, stripMarker } from './reference-entry';

const REFERENCE_HEADING =
  /^(daftar\s+pustaka|daftar\s+referensi|references|reference\s+list|bibliography|bibliografi|referensi|kepustakaan|literature\s+cited|works\s+cited)$/i;
// Where a new entry may begin inside a paragraph that joined two: "...Press. Surname, A. (2019)".
const ENTRY_INSIDE = /(?<=[.)]\s)(?=\p{Lu}[^()]{0,120}?\(\s*(?:19|20)\d{2}[a-z]?\s*\))/gu;

export function isReferenceHeading(text: string): boolean {
  return REFERENCE_HEADING.test(stripNumbering(text.trim()).replace(/[.:]$/, ''));
}

/** An entry starts with a capital (or digit) and names a year near its start. */
export function isEntryStart(text: string): boolean {
  const bare = stripMarker(text);
  return /^[\p{Lu}\p{N}]/u.test(bare) && findYear(bare) !== null;
}

/** Splits a paragraph that holds several complete entries. */
export function splitJoinedEntries(text: string): string[] {
  const cuts = [0];
  for (const match of text.matchAll(ENTRY_INSIDE)) {
    const previous = text.slice(cuts[cuts.length - 1], match.index);
    if (findYear(previous) !== null) cuts.push(match.index);
  }
  return cuts.map((cut, i) => text.slice(cut, cuts[i + 1] ?? text.length).trim());
}

/** The paragraphs of the reference list: after its heading, up to the next top-level heading. */
export function referenceParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const headingIndex = paragraphs.findIndex((p) => isReferenceHeading(p.text));
  if (headingIndex === -1) return [];
  const list: Paragraph[] = [];
  for (const p of paragraphs.slice(headingIndex + 1)) {
    if ((isSectionKeyword(p.text) || (isAllCaps(p.text) && p.text.length < 60)) && !isEntryStart(p.text))
      break;
    list.push(p);
  }
  return list;
}

/** Raw entries: continuation paragraphs joined to the entry they continue. */
export function collectEntries(list: Paragraph[]): string[] {
  const entries: string[] = [];
  for (const p of list) {
    if (entries.length === 0 || isEntryStart(p.text))
      for (const entry of splitJoinedEntries(p.text)) entries.push(entry);
    else entries[entries.length - 1] = `${entries[entries.length - 1]} ${stripMarker(p.text)}`;
  }
  return entries;
}

export function findReferences(paragraphs: Paragraph[]): Reference[] {
  return collectEntries(referenceParagraphs(paragraphs)).map(parseReference);
}
