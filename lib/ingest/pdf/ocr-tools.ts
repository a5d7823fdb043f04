// Finds the OCR tools (Tesseract with its Indonesian and English data, poppler's pdftoppm) and checks they run.
import { readEnv } from '../../env';
import { OcrUnavailableError } from './ocr-errors';
import { ProcessFailure, runProcess } from './ocr-process';

export const OCR_LANGUAGES = ['ind', 'eng'] as const;
const CHECK_TIMEOUT_MS = 20_000;
const CHECK_OUTPUT_BYTES = 64 * 1024;

export interface OcrTools {
  tesseract: string;
  pdftoppm: string;
}

/** The binaries to run: TELAAH_TESSERACT / TELAAH_PDFTOPPM, else the commands on PATH. */
export function ocrTools(): OcrTools {
  const env = readEnv();
  return { tesseract: env.TELAAH_TESSERACT, pdftoppm: env.TELAAH_PDFTOPPM };
}

// A passed check is kept for the process's life, per set of tools (and data folder); a failed one is not, so
// installing the tools mends a running server without a restart.
const passed = new Map<string, Promise<void>>();

/** Throws OcrUnavailableError unless both tools run and Tesseract has `ind` and `eng` data. */
export function checkOcrTools(): Promise<void> {
  const tools = ocrTools();
  const key = [tools.tesseract, tools.pdftoppm, process.env.TESSDATA_PREFIX ?? ''].join('\n');
  let check = passed.get(key);
  if (!check) {
    check = runChecks(tools);
    passed.set(key, check);
    check.catch(() => passed.delete(key));
  }
  return check;
}

async function runChecks(tools: OcrTools): Promise<void> {
  const options = { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS), maxStdoutBytes: CHECK_OUTPUT_BYTES };
  const [langs] = await Promise.all([
    runProcess(tools.tesseract, ['--list-langs'], options).catch(unavailable),
    runProcess(tools.pdftoppm, ['-v'], options).catch(unavailable),
  ]);
  // "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):" then one name a line (stdout in
  // 5.x, stderr in some 4.x builds).
  const listed = new Set(
    `${langs.stdout}\n${langs.stderr}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[\w.+-]+$/.test(line)),
  );
  const missing = OCR_LANGUAGES.filter((lang) => !listed.has(lang));
  if (missing.length > 0) {
    throw new OcrUnavailableError(
      `Tesseract (${tools.tesseract}) has no ${missing.join(' or ')} language data`,
    );
  }
}

function unavailable(error: unknown): never {
  if (error instanceof ProcessFailure) throw new OcrUnavailableError(error.message, { cause: error });
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    throw new OcrUnavailableError(`the tools did not answer within ${CHECK_TIMEOUT_MS / 1000} s`, {
      cause: error,
    });
  }
  throw error;
}
