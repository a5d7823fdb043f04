// Which language each title, abstract and subject of a record is in. OJS says so with xml:lang ("id", "en", or
// "id-ID" / "en-US" on 3.3); DSpace and EPrints never do, and journals that paste both abstracts into one field send
// one value holding both. So: the stated language when the text does not contradict it, else the detected one, and
// a value that changes language half-way is split at the change (the same runs the file segmenter uses).
import { languageRuns } from '../ingest/segment/language-runs';
import { detectLanguage } from '../ingest/segment/language';
import { titleLanguage } from '../ingest/segment/title-language';
import type { Lang } from '../vocabulary/types';
import type { LangValue } from './oai-dc-record';

/** An ISO 639-1/-2 or BCP 47 tag as one of the corpus languages; null for any other language. */
export function normaliseLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (['id', 'in', 'ind', 'indonesian', 'bahasa'].includes(primary)) return 'id';
  if (['en', 'eng', 'english'].includes(primary)) return 'en';
  return null;
}

export interface LangText {
  lang: Lang;
  text: string;
}

const LABEL =
  /^\s*(?:abstrak|abstract|intisari|ringkasan|summary|abstrak\s*\(?(?:bahasa\s+)?indonesia\)?|abstract\s*\(?english\)?)\s*[:.\-–—]?\s*/i;

/** An abstract without the label a repository left in front of it ("Abstrak: ..."). */
export function withoutLabel(text: string): string {
  return text.replace(LABEL, '').trim();
}

const MIN_ABSTRACT_WORDS = 15;

/** The language runs of a description: one for a plain abstract, two when both were pasted into one field. */
export function splitDescription(value: LangValue): LangText[] {
  const text = value.value;
  const stated = normaliseLang(value.lang);
  const runs = languageRuns(text, [{ start: 0, end: text.length }]).filter(
    (run) => run.lang !== null && run.words >= MIN_ABSTRACT_WORDS,
  );
  const langs = new Set(runs.map((run) => run.lang));
  if (runs.length >= 2 && langs.size >= 2)
    return runs.map((run) => ({
      lang: run.lang as Lang,
      text: withoutLabel(text.slice(run.start, run.end)),
    }));
  const detected = detectLanguage(text);
  // A stated language wins unless the text plainly reads as the other one (a mislabelled English abstract).
  const lang = stated && (detected === null || detected === stated) ? stated : (detected ?? stated);
  return lang ? [{ lang, text: withoutLabel(text) }] : [];
}

const TITLE_SEPARATORS = [/\s+\/\s+/, /\s+=\s+/, /\s*\|\s*/];

/**
 * The titles of a record by language. A title whose two halves are in two languages ("Judul / Title",
 * "Judul = Title", "Judul [Title]") is both titles.
 */
export function titlesByLanguage(values: LangValue[]): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  const put = (lang: Lang | null, text: string) => {
    if (lang && !out[lang] && text.trim()) out[lang] = text.trim();
  };
  for (const value of values) {
    const halves = splitTitle(value.value);
    if (halves) {
      for (const half of halves) put(half.lang, half.text);
      continue;
    }
    const detected = titleLanguage(value.value);
    const stated = normaliseLang(value.lang);
    put(stated ?? detected, value.value);
  }
  // A second title in no language we could tell is the other language's, when only that one is missing.
  for (const value of values)
    if (!Object.values(out).includes(value.value) && Object.keys(out).length === 1)
      put(out.id ? 'en' : 'id', value.value);
  return out;
}

function splitTitle(title: string): LangText[] | null {
  const bracket = /^(.{10,}?)\s*[[(]([^[\]()]{10,})[\])]\s*$/.exec(title);
  const candidates = TITLE_SEPARATORS.map((separator) => title.split(separator)).filter(
    (parts) => parts.length === 2,
  );
  if (bracket) candidates.push([bracket[1] as string, bracket[2] as string]);
  for (const [first, second] of candidates) {
    const a = titleLanguage(first as string);
    const b = titleLanguage(second as string);
    if (a && b && a !== b)
      return [
        { lang: a, text: first as string },
        { lang: b, text: second as string },
      ];
  }
  return null;
}

/** Keywords by language: each subject (or each part of "a; b; c") in its stated or detected language. */
export function subjectsByLanguage(values: LangValue[], fallback: Lang): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { id: [], en: [] };
  for (const value of values) {
    const stated = normaliseLang(value.lang);
    for (const part of value.value.split(/\s*[;,]\s*/)) {
      const term = part.trim().replace(/\.$/, '');
      if (!term || term.length > 120) continue;
      const lang = stated ?? (term.split(/\s+/).length >= 2 ? titleLanguage(term) : null) ?? fallback;
      if (!out[lang].includes(term)) out[lang].push(term);
    }
  }
  return out;
}
