// Reads a request body under a byte limit while it streams in. `request.text()` would buffer a body of any size
// before anyone could look at its length (a 400 MB chunked POST grew the server by 300 MB), so the body is read
// chunk by chunk with a counter and abandoned the moment it passes the limit: at most `limit` bytes plus one
// chunk are ever held.

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit / 1024} KiB.`);
    this.name = 'BodyTooLargeError';
  }
}

export class BodyUnreadableError extends Error {
  constructor() {
    super('The request body could not be read.');
    this.name = 'BodyUnreadableError';
  }
}

/** What a refused body may still send, dropped as it comes, before the connection is cut (see drainThenCancel). */
const DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * After a refusal, keep taking what the client still sends, and drop it, up to DRAIN_BYTES or `delayMs`; then cut.
 * Leaving the rest unread breaks the connection for the next request (a client that had sent its whole body
 * reuses the socket, whose leftover bytes the server then reads as part of the old request), and cutting at once
 * resets the socket while the client is still writing, so Node's fetch reports EPIPE/ECONNRESET instead of the 413
 * on its way. Clients stop sending once they have the answer, so the drain is short; nothing is kept.
 */
function drainThenCancel(reader: ReadableStreamDefaultReader<Uint8Array>, delayMs: number): void {
  const stop = () => void reader.cancel().catch(() => {});
  const timer = setTimeout(stop, delayMs);
  timer.unref?.();
  void (async () => {
    let drained = 0;
    try {
      while (drained < DRAIN_BYTES) {
        const step = await reader.read();
        if (step.done) return;
        drained += step.value.byteLength;
      }
      stop();
    } catch {
      // The client went away: nothing left to drain.
    } finally {
      clearTimeout(timer);
    }
  })();
}

/**
 * The body as UTF-8 text, at most `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body (no length) is counted as it arrives.
 */
export async function readBoundedText(
  request: Request,
  limit: number,
  { hangUpAfterMs = 2000 } = {},
): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= limit)) {
    if (request.body && !request.body.locked) drainThenCancel(request.body.getReader(), hangUpAfterMs);
    throw new BodyTooLargeError(limit);
  }
  const body = request.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch {
      throw new BodyUnreadableError();
    }
    if (step.done) break;
    size += step.value.byteLength;
    if (size > limit) {
      chunks.length = 0;
      drainThenCancel(reader, hangUpAfterMs);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(step.value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
