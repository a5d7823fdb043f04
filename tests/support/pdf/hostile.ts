import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { ONE_COLUMN } from './geometries';
import { FIXED_DATE, PRODUCER } from './page-furniture';
import { writeWithPdfkit } from './pdfkit-writer';

// Files a PDF reader meets that are not readable PDFs, for its error handling: each is what it claims in its name,
// built from nothing but our own bytes.

/** The text set in one column, encrypted with a user password (RC4 128-bit, pdfkit's PDF 1.4 security). */
export function encryptedPdf(text: string, password = 'telaah'): Promise<Uint8Array> {
  return writeWithPdfkit({
    text,
    geometry: ONE_COLUMN,
    options: {},
    family: 'helvetica',
    alternateHeads: false,
    userPassword: password,
  });
}

/** The first `fraction` (default 40%) of a PDF's bytes, as a download cut off midway leaves it. */
export async function truncatedPdf(bytes: Uint8Array, fraction = 0.4): Promise<Uint8Array> {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** A `%PDF-1.7` header followed by 4 KB of garbage (the same garbage every time). */
export async function corruptPdf(): Promise<Uint8Array> {
  const header = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n');
  const garbage = new Uint8Array(4096);
  let state = 0x2545;
  for (let i = 0; i < garbage.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0; // a fixed linear congruential sequence
    garbage[i] = state >>> 24;
  }
  return new Uint8Array([...header, ...garbage]);
}

/** A repository's PDF viewer page saved as `.pdf`: HTML that frames the real file. */
export async function htmlAsPdf(): Promise<Uint8Array> {
  const html = `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Lihat Peran Organisasi Internasional dalam Uji Coba | Jurnal Telaah Uji</title>
<link rel="stylesheet" href="/plugins/generic/pdfJsViewer/pdf.js/web/viewer.css">
</head>
<body class="pkp_page_article pkp_op_view">
<header class="header_view">
<a href="/index.php/telaah/article/view/12" class="return">Kembali ke Detail Artikel</a>
<a href="/index.php/telaah/article/view/12" class="title">Peran Organisasi Internasional dalam Uji Coba</a>
<a href="/index.php/telaah/article/download/12/34/56" class="download" download>Unduh</a>
</header>
<div id="pdfCanvasContainer" class="galley_view">
<iframe src="/plugins/generic/pdfJsViewer/pdf.js/web/viewer.html?file=%2Findex.php%2Ftelaah%2Farticle%2Fdownload%2F12%2F34%2F56" width="100%" height="100%" allowfullscreen></iframe>
</div>
</body>
</html>
`;
  return new TextEncoder().encode(html);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(typed, 4);
  view.setUint32(8 + data.length, crc32(typed));
  return out;
}

/** A PNG image (a 16x16 grey gradient) saved as `.pdf`. */
export async function imageAsPdf(): Promise<Uint8Array> {
  const size = 16;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const rows = new Uint8Array(size * (size + 1));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) rows[y * (size + 1) + 1 + x] = (x + y) * 8; // each row: filter 0, then pixels
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', deflateSync(rows)),
    ...pngChunk('IEND', new Uint8Array()),
  ]);
}

/** A well-formed PDF whose page tree is empty (`/Count 0`), as pdf-lib saves it when told not to add a page. */
export async function zeroPagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return pdf.save({ addDefaultPage: false, useObjectStreams: false });
}
