// The failures OCR can report. Each carries a code for the PDF reader's per-file outcome: `unavailable` is the
// machine's fault (install the tools), `timeout` the time budget's, `failed` the document's (or a tool's crash).

export const OCR_INSTALL_HINT =
  'apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng poppler-utils';

/** Tesseract, its `ind`/`eng` data, or pdftoppm is missing. */
export class OcrUnavailableError extends Error {
  readonly code = 'unavailable';

  constructor(problem: string, options?: ErrorOptions) {
    super(`OCR is unavailable: ${problem}. Install the tools with: ${OCR_INSTALL_HINT}`, options);
    this.name = 'OcrUnavailableError';
  }
}

/** The deadline passed, or the caller's AbortSignal fired; every child process had ended when this is thrown. */
export class OcrTimeoutError extends Error {
  readonly code = 'timeout';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'OcrTimeoutError';
  }
}

/** A page could not be rendered or read: a broken PDF, a page past the end, a tool that crashed or misbehaved. */
export class OcrPageError extends Error {
  readonly code = 'failed';

  constructor(
    readonly page: number,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`OCR of page ${page} failed: ${problem}`, options);
    this.name = 'OcrPageError';
  }
}
