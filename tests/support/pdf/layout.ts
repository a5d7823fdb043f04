import { findBodyStart, splitUnits, type TextUnit } from './text-units';

// A small typesetter shared by the pdfkit and pdf-lib writers: the text's units wrapped into lines and placed on
// A4 pages, the front matter across the page and the body in one or more columns. Placing every line here (rather
// than leaving it to pdfkit's own flow, whose `continued` runs drift sideways after a line break) lets the writers
// differ only in the order they emit the lines: column by column, or row by row across the columns.

export const A4 = { width: 595.28, height: 841.89 };

/** Width in points of a string in the regular or bold body font at the body size. */
export type Measure = (text: string, bold: boolean) => number;

export interface Geometry {
  margin: { top: number; bottom: number; left: number; right: number };
  size: number; // body font size
  leading: number; // baseline to baseline
  paragraphGap: number; // extra space above the first unit of a block
  columns: number; // columns of the body
  gutter: number;
  splitFront: boolean; // front matter (up to the first body heading) across the page, the rest in columns
}

export interface Run {
  x: number;
  text: string;
  bold: boolean;
}

export interface PlacedLine {
  page: number; // 0-based
  column: number; // 0 for a line across the page
  baseline: number; // points from the top of the page
  runs: Run[];
}

/** Lines in reading order, with the number of pages they fill. */
export interface Layout {
  pages: number;
  lines: PlacedLine[];
}

interface Word {
  text: string;
  bold: boolean;
  width: number;
}

function wordsOf(unit: TextUnit, measure: Measure, width: number): Word[] {
  const words: Word[] = [];
  let offset = 0;
  for (const text of unit.text.split(/\s+/).filter(Boolean)) {
    offset = unit.text.indexOf(text, offset);
    const bold = unit.heading || offset + text.length <= unit.boldPrefix;
    offset += text.length;
    // A word wider than the line (a long URL) is cut where it reaches the edge.
    let rest = text;
    while (measure(rest, bold) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut), bold) > width) cut--;
      words.push({ text: rest.slice(0, cut), bold, width: measure(rest.slice(0, cut), bold) });
      rest = rest.slice(cut);
    }
    words.push({ text: rest, bold, width: measure(rest, bold) });
  }
  return words;
}

/** Greedy line filling; each line is a list of runs (consecutive words of one weight) with x from the line start. */
function wrap(unit: TextUnit, measure: Measure, width: number): Run[][] {
  const space = { true: measure(' ', true), false: measure(' ', false) };
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of wordsOf(unit, measure, width)) {
    const needed = line.length ? used + space[`${word.bold}`] + word.width : word.width;
    if (line.length && needed > width) {
      lines.push(line);
      line = [word];
      used = word.width;
    } else {
      line.push(word);
      used = needed;
    }
  }
  if (line.length) lines.push(line);
  return lines.map((words) => {
    const runs: Run[] = [];
    let x = 0;
    for (const word of words) {
      const last = runs.at(-1);
      if (last && last.bold === word.bold) last.text += ` ${word.text}`;
      else {
        if (last) x += measure(last.text, last.bold) + space[`${last.bold}`];
        runs.push({ x, text: word.text, bold: word.bold });
      }
    }
    return runs;
  });
}

interface WrappedUnit {
  inColumns: boolean;
  firstInBlock: boolean;
  lines: Run[][];
}

/**
 * Places wrapped units on pages, the body's columns ending at `bottomOf(page)`; `inColumns` tells, line by line,
 * whether it was set in a column.
 */
function place(units: WrappedUnit[], geometry: Geometry, bottomOf: (page: number) => number) {
  const { margin, leading, columns, gutter } = geometry;
  const columnWidth = (A4.width - margin.left - margin.right - (columns - 1) * gutter) / columns;
  const lines: PlacedLine[] = [];
  const inColumns: boolean[] = [];
  let page = 0;
  let frameColumns = 1;
  let column = 0;
  let columnTop = margin.top;
  let y = margin.top; // top of the next line

  const frameBottom = () => (frameColumns > 1 ? bottomOf(page) : A4.height - margin.bottom);

  for (const unit of units) {
    if (unit.inColumns && frameColumns !== columns) {
      frameColumns = columns;
      column = 0;
      if (y > margin.top) y += geometry.paragraphGap;
      columnTop = y;
    } else if (unit.firstInBlock && y > columnTop) y += geometry.paragraphGap;
    for (const runs of unit.lines) {
      while (y + leading > frameBottom()) {
        if (column + 1 < frameColumns) column++;
        else {
          page++;
          column = 0;
          columnTop = margin.top;
        }
        y = columnTop;
      }
      const x = frameColumns === 1 ? margin.left : margin.left + column * (columnWidth + gutter);
      lines.push({
        page,
        column: frameColumns === 1 ? 0 : column,
        baseline: y + geometry.size * 0.75,
        runs: runs.map((run) => ({ ...run, x: run.x + x })),
      });
      inColumns.push(frameColumns > 1);
      y += leading;
    }
  }
  return { layout: { pages: page + 1, lines }, inColumns };
}

/**
 * Places the text's lines on A4 pages: front matter across the page, then the body in columns. The columns of the
 * last page are balanced (shortened until one more line would need another page), so even a one-page article has
 * text in both.
 */
export function layOut(text: string, geometry: Geometry, measure: Measure): Layout {
  const { margin, columns, gutter } = geometry;
  const units = splitUnits(text);
  const bodyStart = columns === 1 ? units.length : geometry.splitFront ? findBodyStart(units) : 0;
  const fullWidth = A4.width - margin.left - margin.right;
  const columnWidth = (fullWidth - (columns - 1) * gutter) / columns;
  const wrapped = units.map((unit, i) => ({
    inColumns: i >= bodyStart,
    firstInBlock: unit.firstInBlock,
    lines: wrap(unit, measure, i >= bodyStart ? columnWidth : fullWidth),
  }));
  const bottom = A4.height - margin.bottom;
  const full = place(wrapped, geometry, () => bottom);
  const last = full.layout.pages - 1;
  if (!full.layout.lines.some((line, i) => line.page === last && full.inColumns[i])) return full.layout;
  let low = margin.top; // too short: a line more on a new page
  let high = bottom; // fits
  while (high - low > 1) {
    const middle = (low + high) / 2;
    const trial = place(wrapped, geometry, (page) => (page === last ? middle : bottom));
    if (trial.layout.pages === full.layout.pages) high = middle;
    else low = middle;
  }
  return place(wrapped, geometry, (page) => (page === last ? high : bottom)).layout;
}
