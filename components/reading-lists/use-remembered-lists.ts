'use client';
import { useMemo, useSyncExternalStore } from 'react';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import { readRemembered, REMEMBERED_KEY, type RememberedList } from '@/lib/reading-lists/remembered-lists';

const CHANGED = 'telaah:reading-lists-changed';

function subscribe(onChange: () => void) {
  // "storage" fires for changes made in other tabs; CHANGED for changes made in this one.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** What this browser remembers; `available: false` where the browser allows the site no storage. */
export type Remembered = { available: true; lists: RememberedList[] } | { available: false; lists: [] };

// Never a stored value (stored values are JSON), so it cannot be mistaken for one.
const UNAVAILABLE = '\u0000unavailable';

function readSnapshot(): string {
  const storage = browserStorage();
  if (!storage) return UNAVAILABLE;
  try {
    return storage.getItem(REMEMBERED_KEY) ?? '';
  } catch {
    return UNAVAILABLE;
  }
}

/** The lists this browser remembers; null while rendering on the server (there is no localStorage there). */
export function useRememberedLists(): Remembered | null {
  const raw = useSyncExternalStore(subscribe, readSnapshot, () => null);
  return useMemo((): Remembered | null => {
    if (raw === null) return null;
    if (raw === UNAVAILABLE) return { available: false, lists: [] };
    return { available: true, lists: readRemembered({ getItem: () => raw, setItem: () => {} }) };
  }, [raw]);
}

export const announceRememberedChange = () => window.dispatchEvent(new Event(CHANGED));

const noSubscription = () => () => {};

/** The page's origin for absolute links; empty on the server. */
export const useOrigin = () =>
  useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
