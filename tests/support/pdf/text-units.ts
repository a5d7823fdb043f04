// A plain-text document read as the pieces a typesetter would set: each short line on its own (a title line, a
// name, a heading), runs of long lines flowed together as one paragraph, and the first piece of each blank-line
// separated block marked so the layout can put a gap above it.

/** A line of the source shorter than this is set on its own line; longer lines flow into a paragraph. */
export const SHORT_LINE = 60;

export interface TextUnit {
  text: string; // one source line, or consecutive long lines joined by spaces
  heading: boolean; // set in bold
  boldPrefix: number; // characters at the start set in bold (a "Keywords:" label on a long line); 0 for none
  firstInBlock: boolean; // the first unit of a blank-line separated block: a gap above it
}

const LABEL = /^(abstrak|abstract|keywords?|kata[ -]kunci|key words)\b\s*[:.]?/i;
const NUMBERED = /^((\d+(\.\d+)*\.?)|([IVX]+\.)|(BAB\s+[IVX]+\b)|([A-H]\.))\s+\p{Lu}/u;

function looksLikeHeading(line: string): boolean {
  if (line.length >= SHORT_LINE) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const allCaps =
    letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const labelOnly = LABEL.exec(line)?.[0].trim() === line.trim();
  return allCaps || labelOnly || (NUMBERED.test(line) && !/\.{4}/.test(line) && line.length < 45);
}

const FORM_FIELD = /^\s*\p{L}[\p{L} .]{0,30}\s:\s*\S/u;
const ABSTRACT_START = /^\s*(abstrak|abstract|intisari|ringkasan)\b/i;

/**
 * Splits a document's text into units: short lines stand alone, long lines flow up to the next short one. Before
 * the first abstract heading every line is its own unit: a title page sets a byline with its affiliations, or a
 * long title, line by line as the author wrote it, never flowed into a paragraph.
 */
export function splitUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let frontMatter = true;
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split(/\n[ \u00a0]*\n/);
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .filter((line) => line.trim() !== '');
    let run: string[] = [];
    let first = true;
    const flush = () => {
      if (run.length === 0) return;
      const joined = run.map((line) => line.trim()).join(' ');
      const heading = run.length === 1 && looksLikeHeading(joined);
      const label = heading ? null : LABEL.exec(joined);
      units.push({ text: joined, heading, boldPrefix: label ? label[0].length : 0, firstInBlock: first });
      first = false;
      run = [];
    };
    // A short line ends the run it is part of: the last line of a hard-wrapped paragraph joins it, and a short
    // line with no long line before it (a heading, a title line, a name) is a unit of its own.
    for (const line of lines) {
      if (frontMatter && ABSTRACT_START.test(line)) frontMatter = false;
      // A form ("Judul : ...", its value's continuation lines indented under it) is set line by line too.
      const formLine = FORM_FIELD.test(line) || /^ {4,}\S/.test(line);
      if (formLine) flush();
      run.push(line);
      if (frontMatter || formLine || line.trim().length < SHORT_LINE) flush();
    }
    flush();
  }
  return units;
}

const BODY_HEADING =
  /^((\d+|[IVX]+)\.?\s+)?(PENDAHULUAN|INTRODUCTION|LATAR BELAKANG)\b|^BAB\s+(I|1)\b|^Pendahuluan$|^Introduction$/;

/**
 * Where the body of an article starts: the first unit that opens it (PENDAHULUAN, INTRODUCTION, 1. ..., BAB I),
 * skipping table-of-contents lines; without one, the first unit past a third of the text. Units before it are the
 * front matter (title block, abstracts), set across the page in a journal layout.
 */
export function findBodyStart(units: TextUnit[]): number {
  const opening = units.findIndex(
    (unit, i) =>
      i > 0 && unit.text.length < SHORT_LINE && BODY_HEADING.test(unit.text) && !/\.{4}/.test(unit.text),
  );
  if (opening > 0) return opening;
  const total = units.reduce((sum, unit) => sum + unit.text.length, 0);
  let seen = 0;
  for (const [i, unit] of units.entries()) {
    if (seen >= total / 3) return i;
    seen += unit.text.length;
  }
  return units.length;
}
