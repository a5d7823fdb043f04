// The lists this browser owns: no accounts, so the edit links live in localStorage. Pure functions over a
// Storage-like object, so they run (and are tested) without a browser.
import { z } from 'zod';

export const REMEMBERED_KEY = 'telaah.reading-lists.v1';
const MAX_REMEMBERED = 50;

const rememberedSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  editToken: z.string().min(16).max(128),
  shareToken: z.string().min(16).max(128),
  savedAt: z.string(),
});
export type RememberedList = z.infer<typeof rememberedSchema>;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the remembered lists, newest first; anything unreadable (edited by hand, old format) is dropped. */
export function readRemembered(storage: StorageLike): RememberedList[] {
  try {
    const parsed = z.array(z.unknown()).safeParse(JSON.parse(storage.getItem(REMEMBERED_KEY) ?? '[]'));
    if (!parsed.success) return [];
    return parsed.data.flatMap((entry) => {
      const one = rememberedSchema.safeParse(entry);
      return one.success ? [one.data] : [];
    });
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

/** Adds or refreshes a list (moved to the front, title updated). */
export function rememberList(
  storage: StorageLike,
  list: Omit<RememberedList, 'savedAt'>,
  now = new Date(),
): void {
  const others = readRemembered(storage).filter((entry) => entry.id !== list.id);
  write(storage, [{ ...list, savedAt: now.toISOString() }, ...others]);
}

export function forgetList(storage: StorageLike, id: string): void {
  write(
    storage,
    readRemembered(storage).filter((entry) => entry.id !== id),
  );
}

export const editPathOf = (list: Pick<RememberedList, 'id' | 'editToken'>) =>
  `/lists/${list.id}/edit?token=${encodeURIComponent(list.editToken)}`;
export const sharePathOf = (shareToken: string) => `/lists/s/${shareToken}`;
