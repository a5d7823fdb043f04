'use client';
import { useEffect } from 'react';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { fieldKey, type DraftStore } from './draft-store';

interface BackedUp {
  itemId: number;
  field: 'note' | 'question';
  draft: string;
  base: string;
}

// Checked by hand rather than with zod, which the editor's bundle does not otherwise carry.
const isBackedUp = (value: unknown): value is BackedUp => {
  const v = value as Partial<BackedUp> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.itemId) &&
    (v.field === 'note' || v.field === 'question') &&
    typeof v.draft === 'string' &&
    typeof v.base === 'string'
  );
};

const storageKey = (listId: string) => `telaah:list-drafts:${listId}`;

/**
 * A copy in this browser of every note and question not yet saved, so that text the server could not take (it was
 * down, the tab was closed anyway) is back in its field when the list is opened again. A restored text is saved
 * as usual, unless the list's text changed since it was typed: then it is shown as a conflict, never saved over.
 */
export function useDraftBackup(
  store: DraftStore,
  /** The list as the page loaded it (not as edits change it): the backup is read once per page. */
  list: ReadingListView,
  save: (itemId: number) => Promise<boolean>,
) {
  const listId = list.id;
  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    let restored: BackedUp[] = [];
    try {
      const parsed: unknown = JSON.parse(storage.getItem(storageKey(listId)) ?? '[]');
      restored = Array.isArray(parsed) ? parsed.filter(isBackedUp) : [];
    } catch {
      // An unreadable backup is dropped; it can only hold text that is already lost.
    }
    const items = new Map(list.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
    const toSave = new Set<number>();
    for (const { itemId, field, draft, base } of restored) {
      const item = items.get(itemId);
      if (!item) continue;
      const current = item[field] ?? '';
      if (draft.trim() === current) continue;
      const changed = current !== base;
      store.update(fieldKey(itemId, field), {
        draft,
        base: current,
        state: changed ? 'conflict' : 'unsaved',
      });
      if (!changed) toSave.add(itemId);
    }
    toSave.forEach((itemId) => void save(itemId));

    const write = () => {
      const backup: BackedUp[] = store.keys().flatMap((key) => {
        const match = /^item-(\d+)-(note|question)$/.exec(key);
        const { draft, base, state } = store.get(key);
        if (!match || draft === null || state === 'saved') return [];
        return [{ itemId: Number(match[1]), field: match[2] as BackedUp['field'], draft, base }];
      });
      try {
        if (backup.length) storage.setItem(storageKey(listId), JSON.stringify(backup));
        // browserStorage() is typed as the two methods the remembered lists need; it is localStorage itself.
        else (storage as Storage).removeItem(storageKey(listId));
      } catch {
        // A full or refused storage only loses the backup, never the text on screen.
      }
    };
    return store.subscribe(write);
  }, [store, list, listId, save]);
}
