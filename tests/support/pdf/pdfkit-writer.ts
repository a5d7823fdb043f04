import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { A4, layOut, type Geometry, type PlacedLine } from './layout';
import {
  FIXED_DATE,
  PRODUCER,
  furnitureOf,
  sourceDigest,
  type PlacedString,
  type RenderOptions,
} from './page-furniture';
import { toWinAnsi } from './win-ansi';

// pdfkit writes the laid-out lines in reading order, column by column, the way most typesetters do; each page's
// content stream starts with its running head and ends with its page number.

const STANDARD = {
  helvetica: { regular: 'Helvetica', bold: 'Helvetica-Bold' },
  times: { regular: 'Times-Roman', bold: 'Times-Bold' },
};
const LIBERATION = '/usr/share/fonts/truetype/liberation';
const EMBEDDED = {
  helvetica: {
    regular: `${LIBERATION}/LiberationSans-Regular.ttf`,
    bold: `${LIBERATION}/LiberationSans-Bold.ttf`,
  },
  times: {
    regular: `${LIBERATION}/LiberationSerif-Regular.ttf`,
    bold: `${LIBERATION}/LiberationSerif-Bold.ttf`,
  },
};

export interface PdfkitJob {
  text: string;
  geometry: Geometry;
  options: RenderOptions;
  family: 'helvetica' | 'times';
  alternateHeads: boolean;
  userPassword?: string;
}

function fontsOf(family: PdfkitJob['family'], embed: boolean) {
  if (!embed) return STANDARD[family];
  const fonts = EMBEDDED[family];
  for (const file of [fonts.regular, fonts.bold])
    if (!existsSync(file)) throw new Error(`embedFonts needs ${file} (Debian package fonts-liberation)`);
  return fonts;
}

/** Lays the text out and writes it with pdfkit; resolves to the PDF's bytes. */
export async function writeWithPdfkit(job: PdfkitJob): Promise<Uint8Array> {
  const { geometry } = job;
  const embed = job.options.embedFonts ?? false;
  // Standard 14 fonts are WinAnsi-encoded: characters outside it are mapped (see win-ansi.ts); embedded ones take all.
  const encode = embed ? (s: string) => s : toWinAnsi;
  const options = { ...job.options, journal: job.options.journal && encode(job.options.journal) };
  const fonts = fontsOf(job.family, embed);
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: fonts.regular,
    size: 'A4',
    margin: 0,
    pdfVersion: job.userPassword ? '1.4' : '1.3',
    ...(job.userPassword
      ? { userPassword: job.userPassword, ownerPassword: `${job.userPassword}-owner` }
      : {}),
    // A key of our own in the info dictionary: pdfkit derives the file ID from the info, so IDs differ by text.
    info: Object.assign(
      { Producer: PRODUCER, Creator: PRODUCER, CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
      { TelaahSource: sourceDigest(job.text) },
    ),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  // Fonts are named by their source (standard name or file), which pdfkit caches: under an alias registered with
  // registerFont, a standard font equal to the default one is parsed again on every font() call (~40x slower).
  const measure = (text: string, bold: boolean, size = geometry.size) =>
    doc
      .font(bold ? fonts.bold : fonts.regular)
      .fontSize(size)
      .widthOfString(text);
  const layout = layOut(encode(job.text), geometry, (text, bold) => measure(text, bold));

  const put = (placed: PlacedString, bold = false) =>
    doc
      .font(bold ? fonts.bold : fonts.regular)
      .fontSize(placed.size)
      .text(placed.text, placed.x, placed.baseline, { lineBreak: false, baseline: 'alphabetic' });
  const byPage: PlacedLine[][] = Array.from({ length: layout.pages }, () => []);
  for (const line of layout.lines) byPage[line.page]?.push(line);
  for (const [index, lines] of byPage.entries()) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    const { head, foot } = furnitureOf(
      index,
      layout.pages,
      geometry,
      options,
      job.alternateHeads,
      (text, size) => measure(text, false, size),
    );
    if (head) put(head);
    for (const line of lines)
      for (const run of line.runs)
        put({ x: run.x, baseline: line.baseline, text: run.text, size: geometry.size }, run.bold);
    put(foot);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
