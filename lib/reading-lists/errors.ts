// Every failure a reading-list operation can report, with the HTTP status a route handler maps it to.
import type { ReadingListView } from './types';

export type ReadingListErrorCode =
  'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'too-large' | 'unavailable';

export const statusOf: Record<ReadingListErrorCode, number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  // The store cannot be opened or written (read-only data folder, full disk): not the request's fault.
  unavailable: 503,
};

export class ReadingListError extends Error {
  constructor(
    readonly code: ReadingListErrorCode,
    message: string,
    /** The input field at fault, when there is one (e.g. "title", "items.3.note"). */
    readonly field?: string,
    /** On a conflict: the list as it is now, so the editor can show it. */
    readonly current?: ReadingListView,
  ) {
    super(message);
    this.name = 'ReadingListError';
  }
}

export const listNotFound = () => new ReadingListError('not-found', 'No reading list with this id or link.');
export const editRefused = () =>
  new ReadingListError(
    'forbidden',
    'This edit link is not valid for this list: the edit token is missing or wrong.',
  );

export const storageUnavailable = () =>
  new ReadingListError(
    'unavailable',
    'The reading lists cannot be saved or read right now: the server cannot write to its storage (it is read-only, full or unavailable). Nothing was changed; try again later.',
  );
