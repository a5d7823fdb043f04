// Splits cleaned text into sentences with their offsets. Paragraph breaks always end a sentence; a full stop ends
// one unless it closes an abbreviation or an initial ("Vol.", "et al.", "A.A.A.K.").

export interface Span {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'no',
  'vol',
  'dkk',
  'al',
  'et',
  'dr',
  'prof',
  'hlm',
  'pp',
  'p',
  'jl',
  'st',
  'vs',
  'mr',
  'mrs',
  'ms',
  'inc',
  'ltd',
  'co',
  'ed',
  'eds',
  'eg',
  'ie',
  'cf',
  'no',
  'nos',
  'tbk',
  'sdr',
  'ir',
  'h',
  'hj',
  'drs',
  'ph',
  'm',
  's',
  'u',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'agu',
  'sep',
  'sept',
  'oct',
  'okt',
  'nov',
  'dec',
  'des',
  'approx',
]);

function endsSentence(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch !== '.') return true; // "!" and "?" always end a sentence
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([\p{L}]+)$/u)?.[1] ?? '';
  if (before.length === 1 && /\p{Lu}/u.test(before)) return false; // an initial
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  // Only the characters either side are read: testing /\d$/ on text.slice(0, dot) scanned the text up to the dot.
  if (/\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '')) return false; // a decimal or "4.0"
  return true;
}

/** Sentences of `text` between `from` and `to`, trimmed, in order. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  };
  let start = from;
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  boundary.lastIndex = from;
  const region = text.slice(0, to);
  for (let m = boundary.exec(region); m; m = boundary.exec(region)) {
    const isParagraph = m[0].startsWith('\n');
    if (!isParagraph && !endsSentence(text, m.index + m[0].search(/[.!?]/))) continue;
    const end = m.index + m[0].length;
    push(start, isParagraph ? m.index : end);
    start = end;
  }
  push(start, to);
  return spans;
}

/** The sentence containing `offset`, from a list made by `splitSentences`. */
export function sentenceAt(sentences: Span[], offset: number): Span | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}
