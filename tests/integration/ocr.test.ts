import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkOcrTools,
  ocrPdf,
  OcrPageError,
  OcrTimeoutError,
  OcrUnavailableError,
} from '@/lib/ingest/pdf/ocr';
import { readTesseractTsv, TSV_COLUMNS } from '@/lib/ingest/pdf/ocr-tsv';

// Real pdftoppm and Tesseract on scans made here: our own text set with pdfkit, rasterised by pdftoppm and wrapped
// back into a PDF as images only, so there is no text layer to fall back on. Small dpi keeps the file near 20 s.
const run = promisify(execFile);
const DPI = 200;
const INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng poppler-utils';

const ABSTRAK = [
  'Penelitian ini membahas peran diplomasi maritim Indonesia dalam menjaga stabilitas kawasan Asia Tenggara. ' +
    'Data dikumpulkan melalui wawancara dengan pejabat kementerian dan telaah dokumen kebijakan tahun 2014-2019.',
  'Hasil penelitian menunjukkan bahwa kerja sama pertahanan dan forum ASEAN menjadi sarana utama ' +
    'pemerintah untuk memperkuat kedaulatan di perairan Natuna.',
];
const ABSTRACT = [
  'This thesis examines the role of Indonesian maritime diplomacy in maintaining the stability of Southeast ' +
    'Asia. Data were gathered through interviews with ministry officials and a review of policy documents.',
  'The findings show that defence cooperation and ASEAN forums became the main means by which the ' +
    'government strengthened its sovereignty over the Natuna waters.',
];

/** A text PDF, one page per entry: a centred heading, then paragraphs. */
function textPdf(pages: { heading: string; paragraphs: string[] }[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    doc.font('Times-Bold').fontSize(14).text(page.heading, { align: 'center' }).moveDown();
    for (const paragraph of page.paragraphs) doc.font('Times-Roman').fontSize(12).text(paragraph).moveDown();
  }
  doc.end();
  return done;
}

/** The same pages as PNG images in a PDF with no text layer: what a scanner produces. */
async function scannedPdf(textPdfFile: string, out: string, dpi: number): Promise<void> {
  const prefix = `${out}.raster`;
  await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', textPdfFile, prefix]);
  const dir = path.dirname(out);
  const pngs = (await readdir(dir)).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'));
  const doc = await PdfLibDocument.create();
  for (const png of pngs.sort()) {
    const image = await doc.embedPng(await readFile(path.join(dir, png)));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    await rm(path.join(dir, png));
  }
  await writeFile(out, await doc.save());
}

/** Tesseract or pdftoppm processes that this test process started and that are still there. */
async function ocrChildren(): Promise<string[]> {
  const { stdout } = await run('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)]).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }), // ps exits 1 when it lists nothing
  );
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\s(tesseract|pdftoppm)$/.test(line));
}

const distinctWords = (text: string, minLength = 1) =>
  new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= minLength));

describe('OCR of a scanned PDF', () => {
  let root: string;
  let scratch: string; // TMPDIR for ocrPdf, so its temp folders can be seen to go
  let twoPages: string;
  let fullPage: string;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'telaah-ocr-test-'));
    scratch = path.join(root, 'tmp');
    await mkdir(scratch);
    process.env.TMPDIR = scratch;

    const abstracts = path.join(root, 'abstracts.pdf');
    await writeFile(
      abstracts,
      await textPdf([
        { heading: 'ABSTRAK', paragraphs: ABSTRAK },
        { heading: 'ABSTRACT', paragraphs: ABSTRACT },
      ]),
    );
    twoPages = path.join(root, 'scan-abstracts.pdf');
    await scannedPdf(abstracts, twoPages, DPI);

    // Two full pages of text, slow enough to OCR at 300 dpi that the deadline and abort land mid-page.
    const long = [...ABSTRAK, ...ABSTRACT].join(' ');
    const full = path.join(root, 'full.pdf');
    const fullText = { heading: 'BAB I', paragraphs: [long, long, long, long] };
    await writeFile(full, await textPdf([fullText, fullText]));
    fullPage = path.join(root, 'scan-full.pdf');
    await scannedPdf(full, fullPage, DPI);
  });

  afterEach(() => {
    for (const key of ['TELAAH_TESSERACT', 'TELAAH_PDFTOPPM', 'TESSDATA_PREFIX']) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
  });

  afterAll(async () => {
    process.env.TMPDIR = savedEnv.TMPDIR;
    if (savedEnv.TMPDIR === undefined) delete process.env.TMPDIR;
    await rm(root, { recursive: true, force: true });
  });

  it('has no text layer to read', async () => {
    const { stdout } = await run('pdffonts', [twoPages]);
    expect(stdout.trim().split('\n')).toHaveLength(2); // the column header and its underline: no fonts
  });

  it('reads both pages back in page order, words and paragraphs intact', async () => {
    const pages = await ocrPdf(twoPages, { pages: [2, 1], deadline: Date.now() + 50_000, dpi: DPI });
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    const [first, second] = pages as [(typeof pages)[0], (typeof pages)[0]];
    expect(first.text.startsWith('ABSTRAK\n\n')).toBe(true);
    expect(second.text.startsWith('ABSTRACT\n\n')).toBe(true);
    for (const [page, paragraphs] of [
      [first, ABSTRAK],
      [second, ABSTRACT],
    ] as const) {
      const expected = distinctWords(paragraphs.join(' '), 4);
      const got = distinctWords(page.text);
      const found = [...expected].filter((w) => got.has(w));
      expect(found.length / expected.size).toBeGreaterThanOrEqual(0.9);
      expect(page.confidence).toBeGreaterThan(70);
      expect(page.words).toBeGreaterThan(30);
      // Heading and two paragraphs, each a Tesseract block; the lines inside a paragraph keep their breaks.
      expect(page.text.split('\n\n')).toHaveLength(3);
      expect(page.text.split('\n\n')[1]).toContain('\n');
    }
    expect(await readdir(scratch)).toEqual([]);
  });

  it('stops at the deadline, killing the running tools and removing its files', async () => {
    const seen = new Set<string>();
    const watch = setInterval(() => {
      void ocrChildren().then((found) => found.forEach((line) => seen.add(line.split(/\s+/)[1] ?? '')));
    }, 50);
    const deadline = Date.now() + 1500;
    const outcome = await ocrPdf(fullPage, { pages: [1, 2], deadline, concurrency: 2, dpi: 300 }).catch(
      (error: unknown) => error,
    );
    const late = Date.now() - deadline;
    clearInterval(watch);
    expect(outcome).toBeInstanceOf(OcrTimeoutError);
    expect((outcome as Error).message).toMatch(/passed its deadline \(0 of 2 pages done\)/);
    expect(seen.size).toBeGreaterThan(0); // something was running when the deadline came
    expect(late).toBeLessThan(1500); // killed, not waited for (a 300 dpi page takes seconds)
    expect(await ocrChildren()).toEqual([]);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('stops when aborted while Tesseract is running', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const watch = setInterval(() => {
      void ocrChildren().then((found) => {
        if (!found.some((line) => line.endsWith('tesseract')) || controller.signal.aborted) return;
        abortedAt = Date.now();
        controller.abort(new Error('user cancelled'));
      });
    }, 50);
    const outcome = await ocrPdf(fullPage, {
      pages: [1],
      deadline: Date.now() + 50_000,
      dpi: 300,
      signal: controller.signal,
    }).catch((error: unknown) => error);
    const late = Date.now() - abortedAt;
    clearInterval(watch);
    expect(controller.signal.aborted).toBe(true);
    expect(outcome).toBeInstanceOf(OcrTimeoutError);
    expect((outcome as Error).message).toMatch(/was aborted/);
    expect(((outcome as Error).cause as Error).message).toBe('user cancelled');
    expect(late).toBeLessThan(1500);
    expect(await ocrChildren()).toEqual([]);
    expect(await readdir(scratch)).toEqual([]);
  });

  it('throws at once for a deadline already past, starting nothing', async () => {
    await expect(ocrPdf(twoPages, { pages: [1], deadline: Date.now() - 1 })).rejects.toBeInstanceOf(
      OcrTimeoutError,
    );
    expect(await readdir(scratch)).toEqual([]);
  });

  it('names the install command when Tesseract, pdftoppm or the language data is missing', async () => {
    await expect(checkOcrTools()).resolves.toBeUndefined();

    process.env.TELAAH_TESSERACT = path.join(root, 'no-such-tesseract');
    const noTesseract = ocrPdf(twoPages, { pages: [1], deadline: Date.now() + 10_000 });
    await expect(noTesseract).rejects.toBeInstanceOf(OcrUnavailableError);
    await expect(noTesseract).rejects.toThrow(INSTALL_HINT);
    await expect(noTesseract).rejects.toThrow(/no-such-tesseract was not found/);
    delete process.env.TELAAH_TESSERACT;

    process.env.TELAAH_PDFTOPPM = path.join(root, 'no-such-pdftoppm');
    await expect(checkOcrTools()).rejects.toThrow(/no-such-pdftoppm was not found.*apt-get install/);
    delete process.env.TELAAH_PDFTOPPM;

    process.env.TESSDATA_PREFIX = scratch; // a data folder with no languages in it
    await expect(checkOcrTools()).rejects.toThrow(/has no ind or eng language data.*tesseract-ocr-ind/);
    delete process.env.TESSDATA_PREFIX;

    await expect(checkOcrTools()).resolves.toBeUndefined();
    expect(await readdir(scratch)).toEqual([]);
  });

  it('reports a broken PDF and a page past the end as a failed page', async () => {
    const broken = path.join(root, 'broken.pdf');
    await writeFile(broken, 'this is not a PDF');
    await expect(ocrPdf(broken, { pages: [1], deadline: Date.now() + 10_000 })).rejects.toThrow(
      /OCR of page 1 failed: pdftoppm exited with code 1/,
    );
    const pastEnd = ocrPdf(twoPages, { pages: [1, 3], deadline: Date.now() + 30_000, dpi: 100 });
    await expect(pastEnd).rejects.toBeInstanceOf(OcrPageError);
    await expect(pastEnd).rejects.toThrow(/page 3 failed: pdftoppm exited with code 99: Wrong page range/);
    expect(await ocrChildren()).toEqual([]);
    expect(await readdir(scratch)).toEqual([]);
  });
});

describe("reading Tesseract's TSV", () => {
  const header = TSV_COLUMNS.join('\t');
  const row = (
    level: number,
    block: number,
    par: number,
    line: number,
    word: number,
    conf: string,
    text = '',
  ) => [level, 1, block, par, line, word, 10, 10, 50, 20, conf, text].join('\t');

  it('joins words into lines and paragraphs, and averages only the words that have a confidence', () => {
    const tsv = [
      header,
      row(1, 0, 0, 0, 0, '-1'),
      row(2, 1, 0, 0, 0, '-1'),
      row(3, 1, 1, 0, 0, '-1'),
      row(4, 1, 1, 1, 0, '-1'),
      row(5, 1, 1, 1, 1, '90.5', 'Kebijakan'),
      row(5, 1, 1, 1, 2, '80.5', 'luar'),
      row(4, 1, 1, 2, 0, '-1'),
      row(5, 1, 1, 2, 1, '-1', 'negeri'),
      row(5, 1, 1, 2, 2, '70', ' '),
      row(3, 1, 2, 0, 0, '-1'),
      row(5, 1, 2, 1, 1, '60', 'Indonesia.'),
    ].join('\n'); // no newline after the last row, as Tesseract writes it
    expect(readTesseractTsv(tsv)).toEqual({
      text: 'Kebijakan luar\nnegeri\n\nIndonesia.',
      confidence: (90.5 + 80.5 + 60) / 3,
      words: 4,
    });
  });

  it('gives an empty page zero words and zero confidence', () => {
    expect(readTesseractTsv(`${header}\n${row(1, 0, 0, 0, 0, '-1')}\n`)).toEqual({
      text: '',
      confidence: 0,
      words: 0,
    });
  });

  it('names what is wrong with output it cannot read', () => {
    expect(() => readTesseractTsv('Error during processing.\n')).toThrow(
      /TSV header is not the expected one/,
    );
    expect(() => readTesseractTsv(`${header}\n1\t1\t0`)).toThrow(/row 2 has 3 fields, not 12/);
    expect(() => readTesseractTsv(`${header}\n${row(5, 1, 1, 1, 1, 'high', 'kata')}`)).toThrow(
      /row 2 is invalid \(conf: expected a number\)/,
    );
    expect(() => readTesseractTsv(`${header}\n${row(7, 1, 1, 1, 1, '50', 'kata')}`)).toThrow(/row 2 .*level/);
  });
});
