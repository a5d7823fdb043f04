// OCR confusions in the field's names: "[JM" for IJM, "7ransnational" for Transnational, a stray "[" before a
// name. The vocabulary of known names is the lever: a token is repaired only when it differs from a known name by
// confusable characters alone (never by a plain letter or by case), so genuine words and the authors' own typos
// ("Jiustice", "riga") are left as written.
import type { Repair } from '../types';
import { applyEdits, originAt, type Edit, type MappedText } from './mapped-text';

/** Characters a scanner mistakes for one another, each class named by one canonical letter. */
const CONFUSION_CLASSES: Record<string, string> = {
  I: 'i',
  l: 'i',
  '1': 'i',
  '[': 'i',
  ']': 'i',
  '|': 'i',
  '!': 'i',
  í: 'i',
  ı: 'i',
  O: 'o',
  o: 'o',
  '0': 'o',
  T: 't',
  '7': 't',
  S: 's',
  '5': 's',
  B: 'b',
  '8': 'b',
  Z: 'z',
  '2': 'z',
  G: 'g',
  '6': 'g',
};
const MULTI_CHAR: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];
const TOKEN = /[\p{L}\p{N}[\]|!]+/gu;
const NOISE_CHAR = /[[\]|!\p{N}]/u;
const INNER_CAPITAL = /.\p{Lu}/u;
const MULTI_CHAR_ANY = /rn|vv|cl/;

export function confusionClass(ch: string): string {
  return CONFUSION_CLASSES[ch] ?? ch.toLowerCase();
}

/** Single-character confusion between what is written and what is meant (case alone does not count). */
export function isConfusable(written: string, meant: string): boolean {
  return written.toLowerCase() !== meant.toLowerCase() && confusionClass(written) === confusionClass(meant);
}

/** The words to watch for: acronyms and each word of four letters or more of the multi-word names. */
export function nameWords(knownNames: string[]): string[] {
  const words = new Set<string>();
  for (const name of knownNames) {
    const parts = name.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length > 0);
    if (parts.length === 1 && parts[0]) words.add(parts[0]);
    else for (const part of parts) if (part.length >= 4) words.add(part);
  }
  return [...words];
}

// The same knownNames array comes with every document; its words (and their lookup) are worked out once.
const nameWordsCache = new WeakMap<string[], string[]>();

function cachedNameWords(knownNames: string[]): string[] {
  let words = nameWordsCache.get(knownNames);
  if (!words) {
    words = nameWords(knownNames);
    nameWordsCache.set(knownNames, words);
  }
  return words;
}

/** Variants of a token with multi-character confusions undone ("Netvvorks" -> "Networks"). */
function multiCharVariants(token: string): string[] {
  const variants = [token];
  for (const [pattern, replacement] of MULTI_CHAR) {
    if (pattern.test(token)) variants.push(token.replace(pattern, replacement));
    pattern.lastIndex = 0;
  }
  return variants;
}

/** A word with every character replaced by its confusion class: confusions of each other share it. */
function signature(word: string): string {
  let out = '';
  for (const ch of word) out += confusionClass(ch);
  return out;
}

interface WordLookup {
  exact: Set<string>;
  bySignature: Map<string, string[]>;
}

// Tokens are looked up by signature instead of compared with every known word: the cleaner meets every token of
// every document, and a linear scan over hundreds of names made it the slowest step of the ingest.
const lookups = new WeakMap<string[], WordLookup>();

function lookupFor(words: string[]): WordLookup {
  let lookup = lookups.get(words);
  if (!lookup) {
    const bySignature = new Map<string, string[]>();
    for (const word of words) {
      const key = signature(word);
      bySignature.set(key, [...(bySignature.get(key) ?? []), word]);
    }
    lookup = { exact: new Set(words), bySignature };
    lookups.set(words, lookup);
  }
  return lookup;
}

/** Whether `variant` differs from `word` by confusable characters only, within the allowed number of differences. */
function confusionOf(token: string, variant: string, word: string): boolean {
  if (variant.length !== word.length) return false;
  let differences = 0;
  for (let i = 0; i < word.length; i += 1) {
    const written = variant[i] as string;
    const meant = word[i] as string;
    if (written === meant) continue;
    differences += 1;
    if (!isConfusable(written, meant)) return false;
  }
  const limit = Math.max(1, Math.floor(word.length / 6));
  const suspicious = variant !== token || NOISE_CHAR.test(token) || INNER_CAPITAL.test(token);
  // Undoing a multi-character confusion ("vv" -> "w") counts as one difference.
  const total = differences + (variant === token ? 0 : 1);
  return total > 0 && total <= limit && suspicious;
}

/** The known word `token` is a confusion of, or null. Every differing character must be a confusion pair. */
export function matchConfusion(token: string, words: string[]): string | null {
  // Only a token with a digit, a bracket, an inner capital or a multi-character confusion can be a damaged name;
  // checking that first keeps ordinary words (nearly all of them) off the slower path.
  if (!NOISE_CHAR.test(token) && !INNER_CAPITAL.test(token) && !MULTI_CHAR_ANY.test(token)) return null;
  const lookup = lookupFor(words);
  if (lookup.exact.has(token)) return null;
  for (const variant of multiCharVariants(token)) {
    for (const word of lookup.bySignature.get(signature(variant)) ?? []) {
      if (confusionOf(token, variant, word)) return word;
    }
  }
  return null;
}

/** A "[" or "|" glued to the start of a known name, with no closing bracket after it in the paragraph. */
export function isStrayPrefix(text: string, at: number, knownNames: string[]): boolean {
  const ch = text[at];
  if (ch !== '[' && ch !== '|' && ch !== '!') return false;
  const rest = text.slice(at + 1);
  if (!knownNames.some((name) => rest.startsWith(name))) return false;
  if (ch !== '[') return true;
  const paragraphEnd = rest.indexOf('\n\n');
  const scope = paragraphEnd === -1 ? rest : rest.slice(0, paragraphEnd);
  const close = scope.indexOf(']');
  const reopen = scope.indexOf('[');
  return close === -1 || (reopen !== -1 && reopen < close);
}

export function repairKnownNames(
  input: MappedText,
  knownNames: string[],
): { text: MappedText; repairs: Repair[] } {
  const words = cachedNameWords(knownNames);
  if (words.length === 0) return { text: input, repairs: [] };
  const edits: Edit[] = [];
  const repairs: Repair[] = [];
  for (const match of input.text.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index;
    const fixed = matchConfusion(token, words);
    if (fixed) {
      edits.push({ start: at, end: at + token.length, replacement: fixed });
      repairs.push({ kind: 'ocr', original: token, replacement: fixed, originalStart: originAt(input, at) });
    } else if (isStrayPrefix(input.text, at, knownNames)) {
      edits.push({ start: at, end: at + 1, replacement: '' });
      repairs.push({
        kind: 'ocr',
        original: token[0] ?? '',
        replacement: '',
        originalStart: originAt(input, at),
      });
    }
  }
  return { text: applyEdits(input, edits), repairs };
}
