// What every reading-list route handler does around its one lib call: read the token, read a bounded JSON body,
// and turn a ReadingListError into a status code with a JSON body that says what was wrong.
import { BodyTooLargeError, readBoundedText } from '@/lib/http/read-bounded-body';
import { storageFailureOf } from '@/lib/db/storage-errors';
import { ReadingListError, statusOf, storageUnavailable } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

/** The edit token from `Authorization: Bearer <token>`; null when absent. */
export function editTokenFrom(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Parses a JSON body of at most MAX_BODY_BYTES: 413 when longer (counted while it streams in, so an over-long body
 * is never held whole), 400 when empty or not JSON. Handlers call it before anything else, the token check
 * included, so no work is done for a body that will be refused. Never throws a 500.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  let text: string;
  try {
    text = await readBoundedText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ReadingListError('too-large', error.message);
    throw new ReadingListError('invalid', 'The request body could not be read.');
  }
  if (!text.trim()) throw new ReadingListError('invalid', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ReadingListError('invalid', 'The request body is not valid JSON.');
  }
}

/** A route param that must be a positive integer id; anything else cannot name a row, hence 404. */
export function intParam(value: string, what: 'sectionId' | 'itemId'): number {
  const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id))
    throw new ReadingListError('not-found', `No ${what.slice(0, -2)} ${value} in this list.`, what);
  return id;
}

const noStore = { 'cache-control': 'no-store' };

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: noStore });

/**
 * Runs a handler body; ReadingListErrors become their status, a store that cannot be written (read-only, full,
 * locked) a 503 with a message, anything else stays a real 500.
 */
export async function respond(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (caught) {
    let error = caught;
    if (!(error instanceof ReadingListError)) {
      const failure = storageFailureOf(error);
      if (failure === null) throw error;
      // One line for the operator instead of a backtrace: the cause is the storage, not the code.
      console.error(`Reading lists: the store is unavailable (${failure}).`);
      error = storageUnavailable();
    }
    return errorResponse(error as ReadingListError);
  }
}

function errorResponse(error: ReadingListError): Response {
  const body = {
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    ...(error.current ? { list: error.current } : {}),
  };
  return json(body, statusOf[error.code]);
}
