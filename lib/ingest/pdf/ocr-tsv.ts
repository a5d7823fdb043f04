// Reads Tesseract's TSV output (one row per page, block, paragraph, line and word) into a page's text.
// Quirks of Tesseract 5.3's TSV: `conf` is a float (an integer in 4.x); rows above word level carry conf -1 and an
// empty text; the last row has no trailing newline; a blank page gives the header and the page row only.
import { z } from 'zod';

export const TSV_COLUMNS = [
  'level',
  'page_num',
  'block_num',
  'par_num',
  'line_num',
  'word_num',
  'left',
  'top',
  'width',
  'height',
  'conf',
  'text',
] as const;

const WORD_LEVEL = 5;

const count = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);
const rowSchema = z.object({
  level: count.pipe(z.number().min(1).max(5)),
  page_num: count,
  block_num: count,
  par_num: count,
  line_num: count,
  word_num: count,
  left: count,
  top: count,
  width: count,
  height: count,
  conf: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'expected a number')
    .transform(Number)
    .pipe(z.number().min(-1).max(100)),
  text: z.string(),
});

export interface PageText {
  text: string;
  confidence: number;
  words: number;
}

/** Lines joined with "\n", paragraphs with "\n\n"; confidence = mean conf of the words that have one. */
export function readTesseractTsv(tsv: string): PageText {
  const lines = tsv.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').replace(/\r$/, '');
  if (header !== TSV_COLUMNS.join('\t')) {
    throw new Error(
      `Tesseract's TSV header is not the expected one: got ${JSON.stringify(header.slice(0, 120))}`,
    );
  }

  const paragraphs: string[][][] = []; // paragraph -> line -> words
  let paragraphKey = '';
  let lineKey = '';
  let words = 0;
  let confSum = 0;
  let confWords = 0;
  for (let n = 1; n < lines.length; n++) {
    const fields = (lines[n] as string).replace(/\r$/, '').split('\t');
    if (fields.length !== TSV_COLUMNS.length) {
      throw new Error(`Tesseract's TSV row ${n + 1} has ${fields.length} fields, not ${TSV_COLUMNS.length}`);
    }
    const parsed = rowSchema.safeParse(Object.fromEntries(TSV_COLUMNS.map((name, i) => [name, fields[i]])));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`Tesseract's TSV row ${n + 1} is invalid (${problems.join('; ')})`);
    }
    const row = parsed.data;
    const word = row.text.trim();
    if (row.level !== WORD_LEVEL || word === '') continue;

    words++;
    if (row.conf >= 0) {
      confSum += row.conf;
      confWords++;
    }
    const thisParagraph = `${row.page_num}/${row.block_num}/${row.par_num}`;
    const thisLine = `${thisParagraph}/${row.line_num}`;
    if (thisParagraph !== paragraphKey) paragraphs.push([]);
    const paragraph = paragraphs.at(-1) as string[][];
    if (thisLine !== lineKey) paragraph.push([]);
    (paragraph.at(-1) as string[]).push(word);
    paragraphKey = thisParagraph;
    lineKey = thisLine;
  }

  return {
    text: paragraphs.map((p) => p.map((line) => line.join(' ')).join('\n')).join('\n\n'),
    confidence: confWords === 0 ? 0 : confSum / confWords,
    words,
  };
}
