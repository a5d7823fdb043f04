// A request body is limited while it streams in: a 100 MB chunked POST without any token gets its 413 after the
// server has read little more than the 64 KiB limit, and the server's memory barely moves. Sent with fetch and a
// ReadableStream that counts what the server pulled, against the production server Playwright started.
import http from 'node:http';
import { expect, test } from './support/test';
import { residentBytes, serverPid } from './support/server-memory';

const MB = 1024 * 1024;

/** POSTs `total` bytes chunked (no Content-Length); returns the status and how many bytes the server took. */
async function postChunked(url: string, total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const response = await fetch(url, {
    method: 'POST',
    body,
    duplex: 'half',
    headers: { 'content-type': 'application/json' },
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, text, pulled };
}

test('a 100 MB chunked body gets a 413 early and raises the server’s memory by less than 10 MB', async ({
  baseURL,
}) => {
  test.setTimeout(60_000);
  const base = baseURL ?? 'http://127.0.0.1:3100';
  const pid = await serverPid(Number(new URL(base).port));
  test.skip(pid === null, 'needs /proc to find the server process');
  // Warm up: the route's code is loaded on first use, and that is not what is measured.
  for (let i = 0; i < 3; i++)
    expect((await postChunked(`${base}/api/reading-lists`, 2 * MB)).status).toBe(413);

  const before = await residentBytes(pid as number);
  const { status, text, pulled } = await postChunked(`${base}/api/reading-lists`, 100 * MB);
  const after = await residentBytes(pid as number);
  const growth = (after - before) / MB;
  console.log(
    `server RSS ${(before / MB).toFixed(1)} -> ${(after / MB).toFixed(1)} MB (+${growth.toFixed(1)} MB); ` +
      `client sent ${(pulled / MB).toFixed(1)} of 100 MB before the answer`,
  );
  expect(status).toBe(413);
  expect(JSON.parse(text)).toMatchObject({ error: { code: 'too-large' } });
  expect(growth).toBeLessThan(10);
  // The server stopped reading: what left the client is the limit plus what socket buffers hold, not 100 MB.
  expect(pulled).toBeLessThan(32 * MB);
});

test('a body whose declared length is over the limit is refused before it has all arrived', async ({
  baseURL,
}) => {
  const url = new URL(`${baseURL ?? 'http://127.0.0.1:3100'}/api/reading-lists/some-list/items`);
  // Declares 10 MB, sends 70 KiB and then waits: the answer must come without the rest.
  const status = await new Promise<number>((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * MB) },
    });
    request.on('response', (response) => {
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on('error', reject);
    request.write(Buffer.alloc(70 * 1024, 0x20));
  });
  expect(status).toBe(413);
});
