// The title block: the stated titles (one per language), read from the front matter line by line. A title is a
// run of lines of one shape: capitals over several lines (a cover page, re-cased readably), or mixed case wrapped
// over a few; or the value of a "Judul :" field with its continuation lines. Lines that are something else break
// a run and are never a title: cover statements (SKRIPSI, "Diajukan untuk ..."), institutions, names over their
// student ids, journal headers, venue/ISSN/DOI lines, dates, form fields, keyword lines, headings and sentences.
// Covers printed twice and a title repeated (with a typo) on the ABSTRAK page are the same title again: per
// language the first one stands.
import type { Lang } from '../../vocabulary/types';
import type { Field } from '../types';
import {
  isCaptionStart,
  isKeywordLine,
  isSectionKeyword,
  TITLE_FUNCTION_WORDS,
} from '../clean/heading-shape';
import { isVenueLine } from '../clean/running-headers';
import { parseAbstractHeading } from './abstracts';
import { MAX_TITLE_LENGTH } from './bounds';
import type { FrontLine } from './front-lines';
import {
  BOILERPLATE,
  extracted,
  isAffiliation,
  matchEmail,
  parseCoverYear,
  parseVenueLine,
} from './front-matter';
import { titleLanguage, voteLanguage } from './title-language';
import { parseNames } from './name-shape';
import { OCR_CAPS_L, capsLike, toReadableCase } from './readable-case';

const JOURNAL =
  /\b(?:e-?jurnal|jurnal|journal|proceedings|prosiding|seminar\s+nasional|international\s+conference|(?:skripsi|undergraduate|masters?|doctoral|phd)\s+thesis)\b/i;
const IDENTIFIER = /\b(?:[pe]-?issn|issn|isbn|doi)\b|https?:\/\/|\bvol(?:ume)?\.?\s*\d/i;
const DATE_LINE = /^\p{L}[\p{L} .]{1,30},\s*\d{1,2}\s+\p{L}+\s+\d{4}$/u;
const FORM_LABEL =
  /^(?:nama|name|npm|nim|nrp|nip|student\s+(?:number|id)|reg(?:istration)?\s+number|nomor\s+pokok|program\s+studi|study\s+program|prodi|jurusan|department|fakultas|faculty|judul|title|pembimbing|supervisor|penguji|tahun|year|kata\s+kunci|keywords?|tanggal|date|e-?mail)\b[\p{L} ]{0,20}:/iu;
const TITLE_FIELD =
  /^(?:dc\.title\s+|(?:judul(?:\s+(?:skripsi|tesis|penelitian|artikel))?|title(?:\s+of\s+(?:thesis|research))?)\s*:\s*)/i;
const STUDENT_OR_PLACE = /^(?:NIM|NPM|NRP|NIRM|Stambuk|Student\s+ID)\b/i;
const QUOTED = /^["“'‘].*["”'’]$/;

/** A line that is front matter of another kind: it breaks a title run and is never part of a title. */
export function isOtherFrontLine(text: string): boolean {
  return (
    BOILERPLATE.test(text) ||
    JOURNAL.test(text) ||
    IDENTIFIER.test(text) ||
    DATE_LINE.test(text) ||
    FORM_LABEL.test(text) ||
    QUOTED.test(text) ||
    STUDENT_OR_PLACE.test(text) ||
    text.includes('@') ||
    isAffiliation(text) ||
    isVenueLine(text) ||
    parseVenueLine(text) !== null ||
    parseCoverYear(text) !== null ||
    isSectionKeyword(text) ||
    isKeywordLine(text) ||
    isCaptionStart(text) ||
    parseAbstractHeading(text) !== null ||
    /^[ivxlc]{1,6}$|^\d{1,4}$/i.test(text)
  );
}

/** Both the run so far and the next line are clearly of a language, and not the same one. */
function switchesLanguage(run: FrontLine[], next: FrontLine): boolean {
  const before = voteLanguage(run.map((l) => l.text).join(' '), 2);
  const after = voteLanguage(next.text, 2);
  return before !== null && after !== null && before !== after;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const isNameLine = (text: string) => (parseNames(text)?.length ?? 0) > 0;

/** The joined text of a run is a title: one statement of 4-40 words, not names, not a sentence. */
export function isTitleCandidate(text: string): boolean {
  const words = wordsOf(text);
  if (words.length < 4 || words.length > 40 || text.length > MAX_TITLE_LENGTH) return false;
  if (isOtherFrontLine(text) || isNameLine(text)) return false;
  // A title does not end in punctuation, start in lower case, or list terms between semicolons.
  if (/[.:;,]$/.test(text) || /^\p{Ll}/u.test(text) || text.includes(';')) return false;
  // A sentence break inside (a word, a full stop, a capital) is two statements: text, not a title.
  if (/\p{Ll}{2,}\.\s+\p{Lu}/u.test(text)) return false;
  // Titles of the genre hold a function word ("dalam", "of"), a colon, a year, or are long.
  const hasFunctionWord = words.some((w) => TITLE_FUNCTION_WORDS.has(w.toLowerCase()));
  return hasFunctionWord || /:|\b(?:19|20)\d{2}\b/.test(text) || words.length >= 7;
}

interface Candidate {
  text: string;
  start: number;
  end: number;
  first: FrontLine;
}

const MAX_RUN_LINES = 8;

/** Runs of title-shaped lines, in order; a "Judul :" field with its continuation lines is one run too. */
export function titleRuns(lines: FrontLine[], isContext: (text: string) => boolean): Candidate[] {
  const runs: Candidate[] = [];
  for (let i = 0; i < lines.length;) {
    const line = lines[i] as FrontLine;
    const field = TITLE_FIELD.exec(line.text);
    const startsRun = field !== null || (!/^\p{Ll}/u.test(line.text) && !isOtherFrontLine(line.text));
    if (!startsRun) {
      i += 1;
      continue;
    }
    const caps = field === null && capsLike(line.text);
    const run: FrontLine[] = [line];
    let j = i + 1;
    for (; j < lines.length && run.length < MAX_RUN_LINES; j += 1) {
      const next = lines[j] as FrontLine;
      const previous = run[run.length - 1] as FrontLine;
      if (next.gapBefore || isOtherFrontLine(next.text) || /[.!?;]$/.test(previous.text)) break;
      if (field === null && capsLike(next.text) !== caps) break;
      // A name over a student id or an institution is the author line under the title, not its last line.
      // So is a name after a line that closes a title with its period ("TAHUN 2017-2021").
      const closed = /\b(?:19|20)\d{2}$/.test(previous.text);
      if (isNameLine(next.text) && (!caps || closed || isContext(lines[j + 1]?.text ?? ''))) break;
      // The other language's title straight under the first: a line that opens a statement in the other language.
      if (/^\p{Lu}/u.test(next.text) && switchesLanguage(run, next)) break;
      run.push(next);
    }
    const last = run[run.length - 1] as FrontLine;
    const joined = run.map((l) => l.text).join(' ');
    const text = field ? joined.slice(field[0].length) : joined;
    runs.push({
      text: text.replace(/^#{1,6}\s+/, ''),
      start: line.start + (field?.[0].length ?? 0),
      end: last.end,
      first: line,
    });
    i = j;
  }
  return runs;
}

/**
 * Titles among the front lines, one per language. `fallbackLang` gives the language of the abstract that follows
 * a line, used when the title's own words do not tell.
 */
export function findTitles(
  lines: FrontLine[],
  acronyms: Set<string>,
  fallbackLang: (line: FrontLine) => Lang | null,
  isContext: (text: string) => boolean = (text) =>
    STUDENT_OR_PLACE.test(text) || isAffiliation(text) || matchEmail(text) !== null,
  /** Runs set in the largest type of the first pages (a PDF's layout) are tried first: the strongest title signal. */
  prefer: (run: { start: number; end: number }) => boolean = () => false,
): Partial<Record<Lang, Field<string>>> {
  const titles: Partial<Record<Lang, Field<string>>> = {};
  const runs = titleRuns(lines, isContext);
  const ordered = [...runs.filter(prefer), ...runs.filter((run) => !prefer(run))];
  for (const run of ordered) {
    if (!isTitleCandidate(run.text)) continue;
    const value = toReadableCase(capsLike(run.text) ? run.text.replace(OCR_CAPS_L, 'I') : run.text, acronyms);
    const lang = titleLanguage(value) ?? fallbackLang(run.first);
    if (!lang || titles[lang]) continue;
    titles[lang] = { value, provenance: extracted(run.start, run.end) };
  }
  return titles;
}
