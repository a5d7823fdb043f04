// The browser side of the reading-list API: one function that sends an edit and sorts the answer into
// "saved", "conflict" (someone else changed the list; here is the current one) or "failed".
import type { ReadingListView } from '@/lib/reading-lists/types';

export type ListResult =
  | { kind: 'saved'; list: ReadingListView }
  | { kind: 'conflict'; list: ReadingListView; message: string }
  | { kind: 'failed'; status: number; message: string; field?: string };

interface ErrorBody {
  error?: { message?: string; field?: string };
  list?: ReadingListView;
}

export async function callListApi(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  token: string,
  body?: unknown,
): Promise<ListResult> {
  let response: Response;
  try {
    response = await fetch(`/api/reading-lists${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return {
      kind: 'failed',
      status: 0,
      message: 'The server could not be reached. Check your connection and try again.',
    };
  }
  const payload = (await response.json().catch(() => ({}))) as ErrorBody & { list?: ReadingListView };
  if (response.ok && payload.list) return { kind: 'saved', list: payload.list };
  const message = payload.error?.message ?? `The server answered ${response.status}.`;
  if (response.status === 409 && payload.list) return { kind: 'conflict', list: payload.list, message };
  return { kind: 'failed', status: response.status, message, field: payload.error?.field };
}

/** What to tell the user about a failed edit, in the interface language where the cause is known. */
export function failureText(
  result: Exclude<ListResult, { kind: 'saved' }>,
  errors: { unreachable: string; storageUnavailable: string },
): string {
  if (result.kind === 'conflict') return result.message;
  if (result.status === 0) return errors.unreachable;
  // 503: the server's storage is read-only or unavailable (see lib/reading-lists/http.ts).
  if (result.status === 503) return errors.storageUnavailable;
  return result.message;
}
