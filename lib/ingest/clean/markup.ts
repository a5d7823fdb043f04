// Markup left by the PDF-to-text converter: Markdown emphasis, superscript markers (affiliation and footnote
// numbers), angle-bracketed URLs. Only the markers are deleted, so every kept character keeps its exact origin.
import type { Repair } from '../types';
import { applyEdits, originAt, type Edit, type MappedText } from './mapped-text';

export interface StepResult {
  text: MappedText;
  repairs: Repair[];
}

interface MarkerRule {
  kind: Repair['kind'];
  pattern: RegExp;
  /** Spans (relative to the match) to delete; the rest of the match is kept. */
  deletions: (match: RegExpExecArray) => Array<[number, number]>;
}

const wrapped = (open: number, close: number) => (match: RegExpExecArray) => {
  const length = match[0].length;
  return [
    [0, open],
    [length - close, length],
  ] as Array<[number, number]>;
};
const whole = (match: RegExpExecArray) => [[0, match[0].length]] as Array<[number, number]>;

// Bold may wrap over lines (a title in capitals over three lines) but never across a blank line.
const BOLD = /\*\*(?=\S)((?:(?!\n[ \t]*\n)[^*]|\*(?!\*))+?)(?<=\S)\*\*/g;
const ITALIC_STAR = /(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])?\*(?![*\w])/g;
const ITALIC_UNDERSCORE = /(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])?_(?![\w_])/g;
const SUPERSCRIPT_CHARS = /[¹²³⁰⁴⁵⁶⁷⁸⁹⁺⁾⁽]+/g;
const SUPERSCRIPT_CARET = /\^\{[^}\n]{0,20}\}|\^\d{1,3}(?![\d.])/g;
const SUPERSCRIPT_HTML = /<sup>[^<\n]{0,20}<\/sup>/gi;
const DUPLICATE_URL = /<((?:https?:\/\/|www\.)[^<>\s]+)>((?:<\1>)+)/g;
const ANGLE_URL = /<((?:https?:\/\/|www\.)[^<>\s]+)>/g;

const RULES: MarkerRule[] = [
  { kind: 'markup', pattern: BOLD, deletions: wrapped(2, 2) },
  { kind: 'markup', pattern: ITALIC_STAR, deletions: wrapped(1, 1) },
  { kind: 'markup', pattern: ITALIC_UNDERSCORE, deletions: wrapped(1, 1) },
  { kind: 'superscript', pattern: SUPERSCRIPT_HTML, deletions: whole },
  { kind: 'superscript', pattern: SUPERSCRIPT_CHARS, deletions: whole },
  { kind: 'superscript', pattern: SUPERSCRIPT_CARET, deletions: whole },
  // A converter sometimes writes a link twice (<u><u>); the copy is dropped before the brackets go.
  {
    kind: 'markup',
    pattern: DUPLICATE_URL,
    deletions: (m) => [[m[0].length - (m[2]?.length ?? 0), m[0].length]],
  },
  { kind: 'markup', pattern: ANGLE_URL, deletions: wrapped(1, 1) },
];

export function applyMarkerRule(input: MappedText, rule: MarkerRule): StepResult {
  const edits: Edit[] = [];
  const repairs: Repair[] = [];
  for (const match of input.text.matchAll(rule.pattern)) {
    const at = match.index;
    const deletions = rule.deletions(match);
    let replacement = match[0];
    for (const [from, to] of [...deletions].sort((a, b) => b[0] - a[0])) {
      replacement = replacement.slice(0, from) + replacement.slice(to);
      edits.push({ start: at + from, end: at + to, replacement: '' });
    }
    repairs.push({ kind: rule.kind, original: match[0], replacement, originalStart: originAt(input, at) });
  }
  return { text: applyEdits(input, edits), repairs };
}

/** Strips emphasis, superscripts and URL brackets, one rule after the other. */
export function stripMarkup(input: MappedText): StepResult {
  let text = input;
  const repairs: Repair[] = [];
  for (const rule of RULES) {
    const result = applyMarkerRule(text, rule);
    text = result.text;
    // A loop, not push(...): a rule can match more times than a call takes arguments.
    for (const repair of result.repairs) repairs.push(repair);
  }
  return { text, repairs };
}
