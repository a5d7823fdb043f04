// The browser's localStorage, or null where the browser refuses it. Merely reading `window.localStorage` throws a
// SecurityError when site data is blocked or the page is in a cross-site frame (and an opaque origin has none),
// and the remembered lists are only a convenience: callers show a message and carry on without them.
import type { StorageLike } from './remembered-lists';

export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
