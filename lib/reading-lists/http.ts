// What every reading-list route handler does around its one lib call: read the token, read a bounded JSON body,
// and turn a ReadingListError into a status code with a JSON body that says what was wrong.
import { ReadingListError, statusOf } from './errors';

export const MAX_BODY_BYTES = 64 * 1024;

/** The edit token from `Authorization: Bearer <token>`; null when absent. */
export function editTokenFrom(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/** Parses a JSON body of at most MAX_BODY_BYTES: 413 when longer, 400 when empty or not JSON. Never throws a 500. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new ReadingListError('invalid', 'The request body could not be read.');
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) throw tooLarge();
  if (!text.trim()) throw new ReadingListError('invalid', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ReadingListError('invalid', 'The request body is not valid JSON.');
  }
}

const tooLarge = () =>
  new ReadingListError('too-large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);

/** A route param that must be a positive integer id; anything else cannot name a row, hence 404. */
export function intParam(value: string, what: 'sectionId' | 'itemId'): number {
  const id = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id))
    throw new ReadingListError('not-found', `No ${what.slice(0, -2)} ${value} in this list.`, what);
  return id;
}

const noStore = { 'cache-control': 'no-store' };

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: noStore });

/** Runs a handler body; ReadingListErrors become their status, anything else stays a real 500. */
export async function respond(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ReadingListError)) throw error;
    const body = {
      error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
      ...(error.current ? { list: error.current } : {}),
    };
    return json(body, statusOf[error.code]);
  }
}
