'use client';
import { useMemo, useSyncExternalStore } from 'react';
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

/** The lists this browser remembers; null while rendering on the server (there is no localStorage there). */
export function useRememberedLists(): RememberedList[] | null {
  const raw = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(REMEMBERED_KEY) ?? '',
    () => null,
  );
  return useMemo(
    () => (raw === null ? null : readRemembered({ getItem: () => raw, setItem: () => {} })),
    [raw],
  );
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
