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

/** Stops an unread body. Cancelling tells the source (the socket) we want no more; errors mean it is gone. */
async function discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (body && !body.locked) await body.cancel().catch(() => {});
}

/**
 * The body as UTF-8 text, at most `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body (no length) is counted as it arrives.
 */
export async function readBoundedText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= limit)) {
    await discard(request.body);
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
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(step.value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}
