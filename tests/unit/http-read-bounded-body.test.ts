import { describe, expect, it, vi } from 'vitest';
import { BodyTooLargeError, readBoundedText } from '@/lib/http/read-bounded-body';
import { hasBadPercentEncoding } from '@/lib/http/path-encoding';
import { storageFailureOf } from '@/lib/db/storage-errors';

const KB = 1024;

/** A chunked body of `total` bytes that records how much was pulled from it and whether it was cancelled. */
function countingBody(total: number, chunkSize = 16 * KB) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled >= total) return controller.close();
      const size = Math.min(chunkSize, total - seen.pulled);
      seen.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const request = new Request('http://telaah.test/', {
    method: 'POST',
    body: stream,
    duplex: 'half',
  } as RequestInit);
  return { request, seen };
}

describe('reading a request body under a limit', () => {
  it('refuses a 100 MB chunked body past the limit, drops at most 16 MiB more and cancels the rest', async () => {
    const { request, seen } = countingBody(100 * 1024 * KB);
    await expect(readBoundedText(request, 64 * KB, { hangUpAfterMs: 20 })).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    await vi.waitFor(() => expect(seen.cancelled).toBe(true));
    expect(seen.pulled).toBeLessThanOrEqual(64 * KB + 16 * 1024 * KB + 3 * 16 * KB);
  });

  it('refuses a declared length over the limit before reading it, then drains and cancels it the same way', async () => {
    const { request, seen } = countingBody(100 * 1024 * KB);
    request.headers.set('content-length', String(100 * 1024 * KB));
    await expect(readBoundedText(request, 64 * KB, { hangUpAfterMs: 20 })).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    await vi.waitFor(() => expect(seen.cancelled).toBe(true));
    expect(seen.pulled).toBeLessThanOrEqual(16 * 1024 * KB + 3 * 16 * KB);
  });

  it('returns a body at the limit whole, multi-byte characters across chunks included', async () => {
    const text = 'ä'.repeat(32 * KB); // 64 KiB of UTF-8
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 1001) controller.enqueue(bytes.slice(at, at + 1001));
        controller.close();
      },
    });
    const request = new Request('http://telaah.test/', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await readBoundedText(request, 64 * KB)).toBe(text);
  });
});

describe('paths with malformed percent-encoding', () => {
  it('finds the bad escapes that would make decodeURIComponent throw', () => {
    expect(hasBadPercentEncoding('/studies/%ff')).toBe(true);
    expect(hasBadPercentEncoding('/lists/%ff/edit')).toBe(true);
    expect(hasBadPercentEncoding('/browse/country/%E0%A4')).toBe(true);
    expect(hasBadPercentEncoding('/browse/country/%zz')).toBe(true);
    expect(hasBadPercentEncoding('/browse/country/indon%C3%A9sia')).toBe(false);
    expect(hasBadPercentEncoding('/studies/000_ca4bf7d1b30f51f4')).toBe(false);
  });
});

describe('storage failures', () => {
  it('are recognised through Prisma’s wrapping, and other errors are not', () => {
    const prisma = Object.assign(new Error('Invalid `db.readingList.create()` invocation'), {
      code: 'P2039',
      meta: {
        driverAdapterError: {
          cause: { originalCode: 'SQLITE_READONLY', message: 'attempt to write a readonly database' },
        },
      },
    });
    expect(storageFailureOf(prisma)).toBe('SQLITE_READONLY');
    expect(
      storageFailureOf(new TypeError('Cannot open database because the directory does not exist')),
    ).toMatch(/Cannot open/);
    expect(storageFailureOf(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))).toBe(
      'SQLITE_IOERR_WRITE',
    );
    expect(storageFailureOf(new Error('Unique constraint failed'))).toBeNull();
    expect(storageFailureOf('SQLITE_READONLY')).toBe('SQLITE_READONLY');
  });
});
