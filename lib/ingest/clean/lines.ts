// Splits text into lines that remember their blank-line context, the raw material of the paragraph joiner.
import { sliceMapped, type MappedText } from './mapped-text';

export interface Line {
  /** The line without its terminator, trimmed at both ends. */
  content: MappedText;
  /** Leading whitespace width of the untrimmed line (tabs count as 4). */
  indent: number;
  /** Blank (or whitespace-only) lines directly before this one. */
  blanksBefore: number;
  /** The untrimmed line held tab stops: a table row from the converter. */
  tabular: boolean;
}

/** All lines, blank ones included, as [start, end) index pairs in `mt.text` (terminators excluded). */
export function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

export function measureIndent(raw: string): number {
  const leading = /^[ \t]*/.exec(raw)?.[0] ?? '';
  return [...leading].reduce((width, ch) => width + (ch === '\t' ? 4 : 1), 0);
}

/** Non-blank lines with how many blank lines preceded each. */
export function splitLines(mt: MappedText): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  for (const [start, end] of lineSpans(mt.text)) {
    const raw = mt.text.slice(start, end);
    if (raw.trim().length === 0) {
      blanks += 1;
      continue;
    }
    const leading = raw.length - raw.trimStart().length;
    const trailing = raw.length - raw.trimEnd().length;
    lines.push({
      content: sliceMapped(mt, start + leading, end - trailing),
      indent: measureIndent(raw),
      blanksBefore: blanks,
      tabular: raw.trim().includes('\t'),
    });
    blanks = 0;
  }
  return lines;
}

/** A typical full line width: the 90th percentile of line lengths. */
export function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.content.text.length).sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
}

/**
 * Some converters put a blank line after every wrapped line; then one blank line means "next line" and only a
 * longer gap means "new paragraph". True when most single blank lines fall in the middle of a sentence.
 */
export function isDoubleSpaced(lines: Line[]): boolean {
  let single = 0;
  let midSentence = 0;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || line.blanksBefore !== 1) return;
    single += 1;
    const open = !/[.!?:]["'”’)\]]*$/.test(previous.content.text);
    if (open && /^\p{Ll}/u.test(line.content.text)) midSentence += 1;
  });
  return single >= 5 && midSentence / single >= 0.3;
}
