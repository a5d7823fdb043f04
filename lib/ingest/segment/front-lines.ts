// The front matter as the source printed it: one entry per source line. The cleaner joins a cover page's or a
// landing page's lines into paragraphs (a title, a name and an institution can end up in one), but the title block
// and the author lines are line-shaped, so the segmenter reads the front paragraphs back as lines. A joining space
// the cleaner inserted points at the newline it replaced (its origin is the line end), which is how a line break
// is told from a space of the text. Bounded: only the first front paragraphs, and only paragraphs short enough to
// be front matter, are split, each space checked once.
import type { CleanText } from '../types';
import type { Paragraph } from './paragraphs';

export interface FrontLine {
  text: string;
  /** Offsets into the cleaned text. */
  start: number;
  end: number;
  /** The paragraph the line belongs to (its index). */
  paragraph: number;
  /** A blank line (or a removed chrome line) lies between this line and the previous one in the source. */
  gapBefore: boolean;
}

const MAX_FRONT_PARAGRAPHS = 80;
const MAX_SPLIT_LENGTH = 4000;

const newlinesIn = (text: string) => {
  let count = 0;
  for (const ch of text) if (ch === '\n' || ch === '\r') count += 1;
  return count;
};

/** Newlines in the original between two cleaned offsets (a line end and the next line's start). */
function breaksBetween(clean: CleanText, original: string, lastOfLine: number, firstOfNext: number): number {
  const from = clean.toOriginal(lastOfLine) + 1;
  const to = clean.toOriginal(firstOfNext);
  if (to <= from) return 0;
  const between = original.slice(from, to);
  // \r\n counts once.
  return newlinesIn(between) - (between.match(/\r\n/g)?.length ?? 0);
}

// A DSpace full record prints its metadata as a table, one "dc.field<TAB>value[<TAB>language]" row per line, and
// the title and the people come after the abstract row, out of the front. Those rows are the record's own word on
// the title and the people, so they are read first, wherever they are. One pass over the text, only when it holds
// such a row at all.
const RECORD_ROW = /^dc\.(?:title|contributor\.(?:author|advisor)|creator)\t[^\n]{2,600}$/gm;
const LANGUAGE_COLUMN = /\t(?:[a-z]{2,3}(?:_[A-Z]{2})?)?\s*$/;

function recordRows(text: string): FrontLine[] {
  if (!text.includes('dc.title\t') && !text.includes('dc.contributor.')) return [];
  const rows: FrontLine[] = [];
  for (const m of text.matchAll(RECORD_ROW)) {
    const row = m[0].replace(LANGUAGE_COLUMN, '').replace(/\t/g, ' ').trimEnd();
    rows.push({ text: row, start: m.index, end: m.index + row.length, paragraph: -1, gapBefore: true });
  }
  return rows;
}

export function splitFrontLines(front: Paragraph[], clean: CleanText, original: string): FrontLine[] {
  const rows = recordRows(clean.text);
  const rowStarts = new Set(rows.map((r) => r.start));
  const lines: FrontLine[] = [...rows];
  for (const p of front.slice(0, MAX_FRONT_PARAGRAPHS)) {
    const previous = lines[lines.length - 1];
    const gapBefore = !previous || breaksBetween(clean, original, previous.end - 1, p.start) !== 1;
    let from = 0;
    let first = true;
    const push = (to: number) => {
      const raw = p.text.slice(from, to);
      const text = raw.trim();
      const start = p.start + from + (raw.length - raw.trimStart().length);
      // A record row already read above is not read twice.
      if (text.length === 0 || rowStarts.has(start)) return;
      lines.push({
        text,
        start,
        end: start + text.length,
        paragraph: p.index,
        gapBefore: first && gapBefore,
      });
      first = false;
    };
    if (p.text.length <= MAX_SPLIT_LENGTH) {
      for (let k = p.text.indexOf(' '); k > 0; k = p.text.indexOf(' ', k + 1)) {
        if (k + 1 >= p.text.length) break;
        if (breaksBetween(clean, original, p.start + k - 1, p.start + k + 1) === 0) continue;
        push(k);
        from = k + 1;
      }
    }
    push(p.text.length);
  }
  return lines;
}
