// When a document states no title, one is derived from the opening of its abstract: the first sentence, without
// the "This study aims to analyse" preamble and without the method clause, or its first clause.
import type { Lang } from '../../vocabulary/types';
import { MAX_TITLE_LENGTH } from './bounds';

export interface DerivedSpan {
  value: string;
  /** Offsets relative to the abstract text. */
  start: number;
  end: number;
}

const PREAMBLE: Record<Lang, RegExp> = {
  id: /^(?:penelitian|studi|kajian|tulisan|artikel|skripsi|tesis|makalah)\s+ini\s+(?:(?:bertujuan|berupaya|mencoba|dimaksudkan)\s+(?:untuk\s+)?)?(?:menganalisis|menganalisa|mengkaji|membahas|menjelaskan|mendeskripsikan|mengetahui|meneliti|melihat|memahami|menguraikan|mengidentifikasi)\s+/i,
  en: /^(?:this|the\s+present)\s+(?:study|research|paper|article|thesis)\s+(?:(?:aims|seeks|attempts|tries|intends)\s+to\s+)?(?:analy[sz]es?|examines?|discuss(?:es)?|explains?|describes?|investigates?|explores?|identif(?:y|ies)|understands?)\s+/i,
};
const METHOD_CLAUSE: Record<Lang, RegExp> = {
  id: /\s+(?:dengan\s+menggunakan|menggunakan|dengan\s+metode|melalui\s+pendekatan|dengan\s+pendekatan)\b/i,
  en: /\s+(?:by\s+using|using|through\s+a|with\s+a\s+\S+\s+approach)\b/i,
};
const MAX_WORDS = 25;
const MIN_CLAUSE_WORDS = 5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s+\p{Lu}|\s*$)/u.exec(text);
  return (match?.[0] ?? text).trim();
}

export function deriveTitle(abstract: string, lang: Lang): DerivedSpan | null {
  const lead = abstract.length - abstract.trimStart().length;
  const sentence = firstSentence(abstract.trimStart());
  if (sentence.length === 0) return null;
  let start = 0;
  let end = sentence.length;
  const preamble = PREAMBLE[lang].exec(sentence);
  if (preamble) start = preamble[0].length;
  const method = METHOD_CLAUSE[lang].exec(sentence.slice(start));
  if (method) end = start + method.index;
  else {
    const comma = sentence.indexOf(', ', start);
    if (comma !== -1 && wordCount(sentence.slice(start, comma)) >= MIN_CLAUSE_WORDS) end = comma;
  }
  let body = sentence.slice(start, end).replace(/[\s.,;:!?]+$/, '');
  const words = body.split(/\s+/).slice(0, MAX_WORDS);
  // Bounded in characters too: 25 words of an abstract that has no spaces to speak of are not a title.
  while (words.length > 0 && words.join(' ').length > MAX_TITLE_LENGTH) words.pop();
  body = words.join(' ');
  if (wordCount(body) < 2) return null;
  const value = body.charAt(0).toUpperCase() + body.slice(1);
  return { value, start: lead + start, end: lead + start + body.length };
}
