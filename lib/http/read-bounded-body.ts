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

/**
 * After a refusal the rest of the body is left unread and the stream cancelled a moment later. Unread, the socket
 * is paused and TCP stops the client, so nothing more reaches memory. Cancelling at once would destroy the socket
 * while the client is still writing, and a client such as Node's fetch then reports EPIPE/ECONNRESET instead of
 * the 413 on its way; clients stop sending once they have the answer, so a short delay is enough.
 */
function cancelSoon(reader: ReadableStreamDefaultReader<Uint8Array>, delayMs: number): void {
  const timer = setTimeout(() => void reader.cancel().catch(() => {}), delayMs);
  timer.unref?.();
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
    if (request.body && !request.body.locked) cancelSoon(request.body.getReader(), hangUpAfterMs);
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
      cancelSoon(reader, hangUpAfterMs);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(step.value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
