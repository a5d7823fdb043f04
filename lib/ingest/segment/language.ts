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

/** The language the text is written in, or null when it holds no words to tell by. */
export function detectLanguage(text: string): Lang | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!LETTERS.test(sample)) return null;
  const found = eld.detect(sample).language;
  if (found === 'en') return 'en';
  if (found === 'id' || found === 'ms') return 'id';
  return null;
}
