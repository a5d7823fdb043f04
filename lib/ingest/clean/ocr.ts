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

/** Variants of a token with multi-character confusions undone ("Netvvorks" -> "Networks"). */
function multiCharVariants(token: string): string[] {
  const variants = [token];
  for (const [pattern, replacement] of MULTI_CHAR) {
    if (pattern.test(token)) variants.push(token.replace(pattern, replacement));
    pattern.lastIndex = 0;
  }
  return variants;
}

/** The known word `token` is a confusion of, or null. Every differing character must be a confusion pair. */
export function matchConfusion(token: string, words: string[]): string | null {
  for (const word of words) {
    if (token === word) return null;
    for (const variant of multiCharVariants(token)) {
      if (variant.length !== word.length) continue;
      let differences = 0;
      let ok = true;
      for (let i = 0; i < word.length && ok; i += 1) {
        const written = variant[i] as string;
        const meant = word[i] as string;
        if (written === meant) continue;
        differences += 1;
        ok = isConfusable(written, meant);
      }
      const limit = Math.max(1, Math.floor(word.length / 6));
      const suspicious = variant !== token || NOISE_CHAR.test(token) || /\p{Lu}/u.test(token.slice(1));
      // Undoing a multi-character confusion ("vv" -> "w") counts as one difference.
      const total = differences + (variant === token ? 0 : 1);
      if (ok && total > 0 && total <= limit && suspicious) return word;
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
  const words = nameWords(knownNames);
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
