// Titles and names set in capitals read better in title case, but acronyms (IOM, OSEC) must stay as they are.
// Which capitalised words are acronyms is learnt from the document itself: a word the running text writes in
// capitals more often than not.
import { TITLE_FUNCTION_WORDS, isAllCaps } from '../clean/heading-shape';

const WORD = /\p{L}[\p{L}'’]*/gu;

// OCR reads a capital I as a lower-case l inside words set in capitals ("ORGANIZATlON"): such text is still capitals.
export const OCR_CAPS_L = /(?<=\p{Lu})l(?=\p{Lu})/gu;
export const capsLike = (text: string) => isAllCaps(text.replace(OCR_CAPS_L, 'I'));

/**
 * Upper-case words that the mixed-case paragraphs of `text` write in capitals more often than otherwise. A run of
 * three or more words in capitals is a title or a heading run into the paragraph (a cover line, a form field's
 * value), not acronyms, and is not counted.
 */
export function learnAcronyms(paragraphs: string[], extra: string[] = []): Set<string> {
  const upper = new Map<string, number>();
  const other = new Map<string, number>();
  for (const paragraph of paragraphs) {
    if (capsLike(paragraph)) continue;
    const words = paragraph.match(WORD) ?? [];
    const caps = words.map(isUpperWord);
    words.forEach((word, i) => {
      const inRun =
        caps[i] &&
        ((caps[i - 1] && caps[i - 2]) || (caps[i - 1] && caps[i + 1]) || (caps[i + 1] && caps[i + 2]));
      if (inRun) return;
      if (caps[i]) upper.set(word, (upper.get(word) ?? 0) + 1);
      else {
        const key = word.toUpperCase();
        other.set(key, (other.get(key) ?? 0) + 1);
      }
    });
  }
  const acronyms = new Set(extra.filter((name) => /^[\p{Lu}\p{N}]{2,}$/u.test(name)));
  for (const [word, count] of upper) if (count > (other.get(word) ?? 0)) acronyms.add(word);
  return acronyms;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const isUpperWord = (word: string) => word.length >= 2 && !HAS_LOWER.test(word) && HAS_UPPER.test(word);

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "UPAYA IOM (INTERNATIONAL ORGANIZATION FOR MIGRATION) DALAM ..." -> "Upaya IOM (International ... ) dalam ...". */
export function toReadableCase(text: string, acronyms: Set<string>): string {
  if (!isAllCaps(text)) return text;
  let position = 0;
  return text.replace(WORD, (word) => {
    const first = position === 0;
    position += 1;
    const base = word.replace(/['’].*$/, '');
    if (acronyms.has(base) || /^[IVX]{2,4}$/.test(base)) return word;
    const lower = word.toLowerCase();
    if (!first && TITLE_FUNCTION_WORDS.has(lower)) return lower;
    return capitalise(word);
  });
}

/** "NURUL AIDA AMALIA" -> "Nurul Aida Amalia"; names already in mixed case are kept. */
export function toNameCase(name: string): string {
  if (!isAllCaps(name)) return name;
  return name.replace(WORD, (word) => (/^\p{Lu}$/u.test(word) ? word : capitalise(word)));
}
