// Indonesian or English, told by a language detector (eld: character n-grams, pure JavaScript, no model to load
// at run time). Used to assign abstracts by what they are written in rather than by their heading's word, and to
// place titles and sections. Measured on short Indonesian/English paragraphs written for the purpose and on the
// dev set's paragraphs, eld kept 100% on whole paragraphs and ~97% on 5-word snippets, where the old list of
// function words could only abstain; it detects an abstract in about 0.1 ms (see the report in issue 12).
import { eld } from 'eld/extrasmall';
import type { Lang } from '../../vocabulary/types';

// Malay is in the subset so that a Malay text is not forced into English: it lands on 'id', the one language of
// the Malay family this corpus keeps. This is the module's own instance of the 'extrasmall' entry point, and no
// other module of the project uses eld, so setting the subset here once is safe.
eld.setLanguageSubset(['id', 'en', 'ms']);

/** The detector reads this many characters at most: enough for any language call, and linear in nothing more. */
const SAMPLE = 1500;

const LETTERS = /\p{L}{2}/u;

// Running prose is settled by its grammatical words before the detector is asked: a paragraph of either language
// holds dozens of them, and counting is ~20x cheaper than n-gram scoring (eld was a fifth of the parse time of an
// abstract). Only words that are not words of the other language are listed, and the vote counts only when it is
// overwhelming; anything short, mixed or unusual (titles, keyword lists, single sentences) goes to the detector.
const PROSE_WORDS: Record<Lang, Set<string>> = {
  id: new Set(
    'yang dan di ini dalam dengan untuk dari pada tidak adalah oleh atau ke itu akan sebagai juga karena tersebut bahwa secara terhadap serta telah dapat para merupakan'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in is this that for with are by from which be was were its their these has have been than such'.split(
      ' ',
    ),
  ),
};
const MIN_PROSE_VOTES = 8;
const PROSE_SHARE = 0.9;

function countProseWords(sample: string): Record<Lang, number> {
  const counts = { id: 0, en: 0 };
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (PROSE_WORDS.id.has(word)) counts.id += 1;
    else if (PROSE_WORDS.en.has(word)) counts.en += 1;
  }
  return counts;
}

function proseLanguage(sample: string): Lang | null {
  const { id, en } = countProseWords(sample);
  const votes = id + en;
  if (votes < MIN_PROSE_VOTES) return null;
  if (id >= votes * PROSE_SHARE) return 'id';
  if (en >= votes * PROSE_SHARE) return 'en';
  return null;
}

/**
 * Whether a stretch of text reads as `lang` by its grammatical words alone: some of that language's and none of
 * the other's. Enough to confirm that the text goes on in a language already detected, without a detection.
 */
export function staysInLanguage(text: string, lang: Lang): boolean {
  const counts = countProseWords(text);
  return counts[lang] >= 1 && counts[lang === 'id' ? 'en' : 'id'] === 0;
}

/** The language the text is written in, or null when it holds no words to tell by. */
export function detectLanguage(text: string): Lang | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!LETTERS.test(sample)) return null;
  const settled = proseLanguage(sample);
  if (settled) return settled;
  const found = eld.detect(sample).language;
  if (found === 'en') return 'en';
  if (found === 'id' || found === 'ms') return 'id';
  return null;
}
