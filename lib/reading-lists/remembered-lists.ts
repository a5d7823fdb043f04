// The lists this browser owns: no accounts, so the edit links live in localStorage. Pure functions over a
// Storage-like object, so they run (and are tested) without a browser.
export const REMEMBERED_KEY = 'telaah.reading-lists.v1';
const MAX_REMEMBERED = 50;

export interface RememberedList {
  id: string;
  title: string;
  editToken: string;
  shareToken: string;
  savedAt: string;
}

// A hand-written check rather than zod: this module runs in the browser on the search and study pages, and zod
// alone would add ~35 kB gzipped to them.
const text = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

function isRemembered(entry: unknown): entry is RememberedList {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return (
    text(e.id, 1, 64) &&
    text(e.title, 0, 200) &&
    text(e.editToken, 16, 128) &&
    text(e.shareToken, 16, 128) &&
    text(e.savedAt, 0, 64)
  );
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the remembered lists, newest first; anything unreadable (edited by hand, old format) is dropped. */
export function readRemembered(storage: StorageLike): RememberedList[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(REMEMBERED_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isRemembered).map(({ id, title, editToken, shareToken, savedAt }) => ({
      id,
      title,
      editToken,
      shareToken,
      savedAt,
    }));
  } catch {
    return [];
  }
}

function write(storage: StorageLike, lists: RememberedList[]): void {
  try {
    storage.setItem(REMEMBERED_KEY, JSON.stringify(lists.slice(0, MAX_REMEMBERED)));
  } catch {
    // Storage full or disabled (private mode): the edit link still works, it is just not remembered.
  }
}

/** Adds or refreshes a list (moved to the front, title updated). No storage (blocked by the browser): nothing. */
export function rememberList(
  storage: StorageLike | null,
  list: Omit<RememberedList, 'savedAt'>,
  now = new Date(),
): void {
  if (!storage) return;
  const others = readRemembered(storage).filter((entry) => entry.id !== list.id);
  write(storage, [{ ...list, savedAt: now.toISOString() }, ...others]);
}

export function forgetList(storage: StorageLike | null, id: string): void {
  if (!storage) return;
  write(
    storage,
    readRemembered(storage).filter((entry) => entry.id !== id),
  );
}

export const editPathOf = (list: Pick<RememberedList, 'id' | 'editToken'>) =>
  `/lists/${list.id}/edit?token=${encodeURIComponent(list.editToken)}`;
export const sharePathOf = (shareToken: string) => `/lists/s/${shareToken}`;
