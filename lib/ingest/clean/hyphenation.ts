// A word broken at a line end: "pem-" + "berantasan" is one word split by the typesetter (drop the hyphen),
// "hal-" + "hal" or "masing-" + "masing" is a real hyphenated word (keep it). The document's own vocabulary is
// the first witness; word shapes decide when it is silent.

/** Word -> how often the document writes it. */
export type Vocabulary = Map<string, number>;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

/** Lower-cased words of the text, hyphenated compounds both whole and in parts. */
export function buildVocabulary(text: string): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  const add = (word: string) => vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    add(word);
    if (word.includes('-')) for (const part of word.split(/[-‐]/)) add(part);
  }
  return vocabulary;
}

const seen = (vocabulary: Vocabulary, word: string, times = 1) => (vocabulary.get(word) ?? 0) >= times;

// Prefixes that keep their hyphen in both languages.
const HYPHEN_PREFIXES = new Set([
  'non',
  'anti',
  'pro',
  'pra',
  'pasca',
  'post',
  'pre',
  'self',
  'ex',
  'co',
  'multi',
  'semi',
  'cross',
  'quasi',
  'neo',
  'counter',
  'well',
  'long',
  'short',
  'high',
  'low',
]);
// Word endings that a typesetter's break leaves on the next line ("organiza-tion", "penangan-an").
const SUFFIX =
  /^(tion|sion|ment|ness|ity|ing|ed|ly|ance|ence|able|ible|ive|ous|al|er|est|kan|an|nya|lah|kah|i)$/;
const SUFFIX_START = /^(tion|sion|ment|ness|ity|ing|ance|ence|able|ible|ive|ous|kan|nya)/;

export function isReduplication(left: string, right: string): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  return (
    l.length >= 2 &&
    (l === r || (r.startsWith(l) && r.length - l.length <= 3) || (l.startsWith(r) && r.length >= 3))
  );
}

/** True when the hyphen between `left` (before the break) and `right` (after it) belongs to the word. */
export function keepsHyphen(left: string, right: string, vocabulary: Vocabulary): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (l.length === 0 || r.length === 0) return true;
  if (seen(vocabulary, `${l}-${r}`)) return true;
  if (isReduplication(left, right)) return true;
  if (
    /^[\p{Lu}\p{N}]/u.test(right) ||
    /\p{N}/u.test(left) ||
    (left.length > 1 && left === left.toUpperCase())
  ) {
    return true;
  }
  if (seen(vocabulary, l + r)) return false;
  if (HYPHEN_PREFIXES.has(l)) return true;
  // The part after the break is a word of its own when the document writes it elsewhere too.
  if (r.length >= 3 && seen(vocabulary, r, 2) && !SUFFIX.test(r)) return true;
  return l.length >= 5 && r.length >= 5 && !SUFFIX_START.test(r);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The last word-part before a trailing hyphen, or null when the text does not end in a word hyphen. */
export function hyphenatedTail(text: string): string | null {
  // Read backwards from the end: an unanchored /([\p{L}\p{N}]+)-$/ tried every start position of every line.
  const last = text[text.length - 1];
  if (last !== '-' && last !== '‐') return null;
  let start = text.length - 1;
  for (;;) {
    // A letter outside the BMP is a surrogate pair: two code units read as one character.
    const width = start >= 2 && /[\udc00-\udfff]/.test(text[start - 1] ?? '') ? 2 : 1;
    if (start - width < 0 || !WORD_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < text.length - 1 ? text.slice(start, text.length - 1) : null;
}

export function leadingWord(text: string): string {
  return /^[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '';
}
