import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { A4, layOut, type Geometry } from './layout';
import { FIXED_DATE, PRODUCER, furnitureOf, type PlacedString } from './page-furniture';
import { toWinAnsi } from './win-ansi';

// The producer that makes naive extraction interleave columns: the same two-column layout, written with pdf-lib by
// coordinates, but each page's content stream goes row by row across the columns (left line 1, right line 1, left
// line 2, ...). Lines sit on a baseline grid, so a left and a right line of one row share their y exactly.

/** Rows: lines sorted by baseline, then by x; lines across the page keep their place. */
const byRow = (a: { baseline: number; x: number }, b: { baseline: number; x: number }) =>
  a.baseline - b.baseline || a.x - b.x;

/** Writes the text in two columns, row by row, in Times; resolves to the PDF's bytes. */
export async function writeRowByRow(text: string, geometry: Geometry): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const fontOf = (isBold: boolean) => (isBold ? bold : regular);

  // pdf-lib's standard fonts are WinAnsi-encoded and throw on any other character: map those (see win-ansi.ts).
  const layout = layOut(toWinAnsi(text), geometry, (s, isBold) =>
    fontOf(isBold).widthOfTextAtSize(s, geometry.size),
  );
  const draw = (page: PDFPage, placed: PlacedString, font: PDFFont) =>
    page.drawText(placed.text, { x: placed.x, y: A4.height - placed.baseline, size: placed.size, font });

  for (let index = 0; index < layout.pages; index++) {
    const page = pdf.addPage([A4.width, A4.height]);
    const { head, foot } = furnitureOf(index, layout.pages, geometry, {}, true, (s, size) =>
      regular.widthOfTextAtSize(s, size),
    );
    if (head) draw(page, head, regular);
    const runs = layout.lines
      .filter((line) => line.page === index)
      .flatMap((line) => line.runs.map((run) => ({ ...run, baseline: line.baseline })))
      .sort(byRow);
    for (const run of runs) draw(page, { ...run, size: geometry.size }, fontOf(run.bold));
    draw(page, foot, regular);
  }
  return pdf.save();
}
