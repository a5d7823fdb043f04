import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../support/pdf/text-units';
import { toWinAnsi } from '../support/pdf/win-ansi';
import {
  corruptPdf,
  encryptedPdf,
  htmlAsPdf,
  imageAsPdf,
  renderOneColumn,
  renderRowInterleaved,
  renderScan,
  renderTwoColumn,
  truncatedPdf,
  zeroPagePdf,
} from '../support/render-pdf';

const DEVSET = path.join(process.cwd(), 'tests/fixtures/devset/texts');
const devsetText = (prefix: string) =>
  readFileSync(
    path.join(DEVSET, readdirSync(DEVSET).find((name) => name.startsWith(prefix)) ?? prefix),
    'utf8',
  );
const ARTICLE = devsetText('04_'); // a full article: title block, two abstracts, PENDAHULUAN, sections
const GLUED = devsetText('34_'); // one paragraph of 2,000 characters on a single line
const ONE_PAGE = devsetText('12_'); // a short article with no body heading: the last two thirds in columns

const open = (bytes: Uint8Array, password?: string) =>
  getDocument({
    data: bytes.slice(), // pdfjs takes the buffer over; keep ours
    password,
    standardFontDataUrl: path.join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts/'),
    verbosity: 0,
  }).promise;

interface Item {
  str: string;
  x: number;
  y: number; // baseline, from the bottom of the page
  width: number;
}

/** The text items of every page, in content-stream order, without pdfjs's empty and space-only items. */
async function itemsOf(bytes: Uint8Array, password?: string): Promise<Item[][]> {
  const doc = await open(bytes, password);
  const pages: Item[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [{ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width }]
          : [],
      ),
    );
  }
  await doc.destroy();
  return pages;
}

const HEAD_BAND = 785; // running heads sit above this y, body lines below
const FOOT_BAND = 50; // page numbers below this y
const MIDDLE = 595.28 / 2;
const body = (items: Item[]) => items.filter((item) => item.y < HEAD_BAND && item.y > FOOT_BAND);
const squash = (text: string) => text.replace(/\s+/g, '');
/** The body text of every page, in the order the items come, without whitespace. */
const bodyText = (pages: Item[][]) =>
  squash(
    pages
      .flatMap(body)
      .map((item) => item.str)
      .join(''),
  );

describe('splitUnits', () => {
  it('sets short lines on their own and flows long ones up to the next short line', () => {
    const long = 'kata '.repeat(14).trim();
    const byline = 'Nama Penulis, Program Studi Hubungan Internasional, Universitas Telaah Uji';
    const units = splitUnits(
      `JUDUL SKRIPSI\n${byline}\n${byline}\n\nABSTRAK\n${long}\n${long}\nakhir paragraf.\nKeywords: a; b`,
    );
    expect(units.map((u) => [u.text.slice(0, 12), u.heading, u.firstInBlock])).toEqual([
      ['JUDUL SKRIPS', true, true],
      ['Nama Penulis', false, false], // front matter: each line alone, however long
      ['Nama Penulis', false, false],
      ['ABSTRAK', true, true],
      ['kata kata ka', false, false],
      ['Keywords: a;', false, false],
    ]);
    expect(units[1]?.text).toBe(byline);
    expect(units[4]?.text.endsWith('akhir paragraf.')).toBe(true);
    expect(units[5]?.boldPrefix).toBe('Keywords:'.length);
  });
});

describe('splitUnits on a form', () => {
  it('sets form fields and the indented lines of their values line by line, even after the abstract heading', () => {
    const long = 'kata '.repeat(14).trim();
    const units = splitUnits(
      `ABSTRAK\n\nNama          : Dewi Lestari\nJudul         : ${long}\n                ${long}\nPembimbing    : Dr. Budi Santoso\n\n${long}\n${long}`,
    );
    expect(units.map((u) => u.text.slice(0, 12))).toEqual([
      'ABSTRAK',
      'Nama        ',
      'Judul       ',
      'kata kata ka',
      'Pembimbing  ',
      'kata kata ka',
    ]);
    expect(units[5]?.text).toBe(`${long} ${long}`); // prose under the form still flows
  });
});

describe('renderOneColumn', () => {
  it('keeps every character of the text, in order, with heads and page numbers around it', async () => {
    const pages = await itemsOf(await renderOneColumn(ARTICLE));
    expect(pages.length).toBeGreaterThan(2);
    expect(bodyText(pages)).toBe(squash(toWinAnsi(ARTICLE)));
    const heads = pages.map((items) => items.filter((item) => item.y >= HEAD_BAND));
    expect(heads[0]).toEqual([]);
    const head = heads[1]?.[0];
    expect(head?.str).toMatch(/^Jurnal Telaah Uji.*: 1-\d+$/);
    for (const later of heads.slice(1)) expect(later).toEqual([head]); // same text, same place
    for (const [i, items] of pages.entries()) {
      const foot = items.filter((item) => item.y <= FOOT_BAND);
      expect(foot.map((item) => item.str)).toEqual([String(i + 1)]);
      expect((foot[0]?.x ?? 0) + (foot[0]?.width ?? 0) / 2).toBeCloseTo(MIDDLE, 0);
    }
  });

  it('wraps a paragraph written on one long line', async () => {
    const [page] = await itemsOf(await renderOneColumn(GLUED));
    expect(body(page ?? []).length).toBeGreaterThan(20);
  });

  it('gives the same bytes for the same text, and different file IDs for different texts', async () => {
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    const [a, b, c] = await Promise.all([
      renderOneColumn(ARTICLE),
      renderOneColumn(ARTICLE),
      renderOneColumn(GLUED),
    ]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(id(a)).toBeDefined();
    expect(id(a)).not.toBe(id(c));
    const [rowsA, rowsB] = await Promise.all([renderRowInterleaved(ARTICLE), renderRowInterleaved(ARTICLE)]);
    expect(Buffer.from(rowsA).equals(Buffer.from(rowsB))).toBe(true);
  });

  it('embeds fonts on request and the text reads back the same', async () => {
    const bytes = await renderOneColumn('Judul “kutipan” – ā → 10%\n\nIsi.', { embedFonts: true });
    expect(Buffer.from(bytes).toString('latin1')).toContain('/FontFile2');
    const [page] = await itemsOf(bytes);
    expect(body(page ?? []).map((item) => item.str)).toEqual(['Judul “kutipan” – ā → 10%', 'Isi.']);
  });
});

describe('renderTwoColumn', () => {
  it('sets the front matter across the page and the body in two columns, in reading order', async () => {
    const pages = await itemsOf(await renderTwoColumn(ARTICLE));
    expect(bodyText(pages)).toBe(squash(toWinAnsi(ARTICLE)));
    const first = body(pages[0] ?? []);
    expect(first.some((item) => item.x < MIDDLE && item.x + item.width > MIDDLE + 20)).toBe(true); // spans
    const second = body(pages[1] ?? []);
    expect(second.every((item) => item.x + item.width < MIDDLE || item.x > MIDDLE)).toBe(true);
    const sides = second.map((item) => item.x > MIDDLE);
    expect(sides.filter(Boolean).length).toBeGreaterThan(20);
    expect(sides.indexOf(true)).toBe(sides.filter((s) => !s).length); // all the left column, then the right
    const heads = pages.slice(1).map((items) => items.find((item) => item.y >= HEAD_BAND));
    expect(heads.map((head) => (head?.x ?? 0) < MIDDLE)).toEqual(heads.map((_, i) => i % 2 === 0)); // 2 left, 3 right
  });
  it('balances the columns of the last page, so a one-page article has text in both', async () => {
    const [page, ...more] = await itemsOf(await renderTwoColumn(ONE_PAGE));
    expect(more).toEqual([]);
    const right = body(page ?? []).filter((item) => item.x > MIDDLE);
    const left = body(page ?? []).filter(
      (item) => item.x + item.width < MIDDLE && item.y <= (right[0]?.y ?? 0),
    );
    expect(right.length).toBeGreaterThan(5);
    expect(Math.abs(left.length - right.length)).toBeLessThanOrEqual(2);
  });
});

describe('renderRowInterleaved', () => {
  it('writes each row across both columns before the next row', async () => {
    const pages = await itemsOf(await renderRowInterleaved(ARTICLE));
    const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();
    expect(
      words(
        pages
          .flatMap(body)
          .map((item) => item.str)
          .join(' '),
      ),
    ).toEqual(words(toWinAnsi(ARTICLE)));
    const sides = body(pages[1] ?? []).map((item) => (item.x > MIDDLE ? 'R' : 'L'));
    const switches = sides.filter((side, i) => i > 0 && side !== sides[i - 1]).length;
    expect(sides.length).toBeGreaterThan(40);
    expect(switches).toBeGreaterThan(0.8 * sides.length);
  });

  it('maps the characters WinAnsi lacks and keeps the ones it has', async () => {
    const [page] = await itemsOf(await renderRowInterleaved('“Kutipan” – a → b ≤ c ā ǂ…'));
    expect(body(page ?? []).map((item) => item.str)).toEqual(['“Kutipan” – a -> b <= c a …']);
  });
});

describe('renderScan', () => {
  it('leaves page images and no text, at the original page size', async () => {
    const original = await renderOneColumn('PENDAHULUAN\n\nSatu halaman pendek.');
    const scan = await renderScan(original, { dpi: 100 });
    const doc = await open(scan);
    expect(doc.numPages).toBe(1);
    const page = await doc.getPage(1);
    expect(page.view).toEqual([0, 0, 595.28, 841.89]);
    expect((await page.getTextContent()).items).toEqual([]);
    expect(Buffer.from(scan).toString('latin1')).toMatch(/\/Subtype \/Image/);
    await doc.destroy();
  });
});

describe('hostile inputs', () => {
  const invalid = { name: 'InvalidPDFException', message: 'Invalid PDF structure.' };

  it('an encrypted PDF asks for its password and opens with it', async () => {
    const bytes = await encryptedPdf('Rahasia negara.');
    await expect(open(bytes)).rejects.toMatchObject({
      name: 'PasswordException',
      code: 1,
      message: 'No password given',
    });
    await expect(open(bytes, 'salah')).rejects.toMatchObject({ name: 'PasswordException', code: 2 });
    expect((await itemsOf(bytes, 'telaah'))[0]?.map((item) => item.str)).toContain('Rahasia negara.');
  });

  it('a truncated PDF, garbage after a header, HTML and a PNG are not PDF structure', async () => {
    for (const bytes of [
      await truncatedPdf(await renderOneColumn(ARTICLE)),
      await truncatedPdf(await renderRowInterleaved(ARTICLE)),
      await corruptPdf(),
      await htmlAsPdf(),
      await imageAsPdf(),
    ])
      await expect(open(bytes)).rejects.toMatchObject(invalid);
  });

  it('a PDF with no pages opens, and asking for page 1 fails', async () => {
    const doc = await open(await zeroPagePdf());
    expect(doc.numPages).toBe(0);
    await expect(doc.getPage(1)).rejects.toThrow('Invalid page request.');
    await doc.destroy();
  });
});
