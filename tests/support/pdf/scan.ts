import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { FIXED_DATE, PRODUCER } from './page-furniture';

const run = promisify(execFile);

/**
 * A scan of a PDF: each page rasterised in grey by poppler's pdftoppm and wrapped, one image a page, into a new
 * PDF with the original page sizes. It has no text layer and no fonts; only OCR reads it.
 */
export async function renderScan(
  pdfBytes: Uint8Array,
  { dpi = 300 }: { dpi?: number } = {},
): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'telaah-scan-'));
  try {
    await writeFile(path.join(dir, 'in.pdf'), pdfBytes);
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', 'in.pdf', 'page'], { cwd: dir });
    // pdftoppm pads page numbers to the width of the last one (page-01.png ... page-12.png): sorted, in page order.
    const images = (await readdir(dir)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    const scan = await PDFDocument.create({ updateMetadata: false });
    scan.setProducer(PRODUCER);
    scan.setCreator(`${PRODUCER} (pdftoppm -r ${dpi} -gray)`);
    scan.setCreationDate(FIXED_DATE);
    scan.setModificationDate(FIXED_DATE);
    for (const [index, name] of images.entries()) {
      const { width, height } = source.getPage(index).getSize();
      const image = await scan.embedPng(await readFile(path.join(dir, name)));
      scan.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
    }
    return await scan.save();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
