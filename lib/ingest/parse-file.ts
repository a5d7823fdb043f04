// One corpus file from disk to a parsed document, on whichever thread parses: text files through the text cascade,
// PDFs through their layout (or OCR) front and then the same cascade.
import { readEnv } from '../env';
import { readRegularFile } from './corpus-files';
import { finishDocument, knownCanonicalNames, parseDocument, readSidecar } from './parse-document';
import { parseDecoded } from './parse-text';
import { readPdfText } from './pdf/parse-pdf';
import type { ParsedDocument } from './types';

/** A file to be read and parsed where the parse runs, so the thread that writes the store does not read it. */
export interface FileSource {
  relativePath: string;
  absolutePath: string;
  maxBytes: number;
  sidecar: { text: string; fileName: string } | null;
  /** The document's time budget; OCR stops a little before it, so its child processes are ended cleanly. */
  budgetMs: number;
  /** Scanned pages read at once by this document's OCR. */
  ocrConcurrency?: number;
}

export const isPdfPath = (file: string) => /\.pdf$/i.test(file);

const OCR_MARGIN_MS = 1000;

export async function parseFile(source: FileSource): Promise<ParsedDocument> {
  const started = Date.now();
  const bytes = readRegularFile(source.absolutePath, source.maxBytes);
  const document = { relativePath: source.relativePath, bytes, sidecar: source.sidecar };
  if (!isPdfPath(source.relativePath)) return parseDocument(document);
  const sidecar = readSidecar(document);
  const env = readEnv();
  const { decoded, assembled, pages } = await readPdfText(bytes, {
    maxPages: env.TELAAH_PDF_MAX_PAGES,
    maxOcrPages: env.TELAAH_OCR_MAX_PAGES,
    deadline: started + Math.max(0, source.budgetMs - OCR_MARGIN_MS),
    ocrConcurrency: source.ocrConcurrency,
  });
  const parsed = parseDecoded(
    decoded,
    { knownNames: knownCanonicalNames() },
    {
      furniture: assembled.furniture,
      largestType: assembled.largest,
    },
  );
  const fileName = source.relativePath.split('/').pop() ?? source.relativePath;
  return {
    ...finishDocument(document, sidecar, parsed, { format: 'pdf', pages }),
    original: { mediaType: 'application/pdf', fileName, bytes },
  };
}
