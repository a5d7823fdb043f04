'use client';
import { useCallback, useState } from 'react';
import { fieldKey, type DraftStore } from './draft-store';
import type { ItemView } from './editor-types';
import type { ListResult } from './list-api';
import type { SendEdit } from './use-autosave';

/** A removed item, with what is needed to put it back where it was (its text as typed, saved or not). */
export interface Removed {
  item: ItemView;
  title: string;
  sectionId: number;
  position: number;
}

/**
 * Remove acts at once (one click, as before) but can be undone: the item is added again through the API with its
 * importance, note and question, then moved back to its old place.
 */
export function useUndoRemove(send: SendEdit, store: DraftStore) {
  const [removed, setRemoved] = useState<Removed | null>(null);

  const remove = useCallback(
    async (entry: Removed): Promise<ListResult> => {
      // What was typed but not yet saved is kept for the undo, so removing and restoring loses nothing.
      const typed = (field: 'note' | 'question') =>
        store.get(fieldKey(entry.item.id, field)).draft ?? entry.item[field];
      const item = { ...entry.item, note: typed('note'), question: typed('question') };
      const result = await send('DELETE', `/items/${entry.item.id}`, {});
      if (result.kind !== 'saved') return result;
      store.drop(fieldKey(entry.item.id, 'note'));
      store.drop(fieldKey(entry.item.id, 'question'));
      setRemoved({ ...entry, item });
      return result;
    },
    [send, store],
  );

  const undo = useCallback(async (): Promise<boolean> => {
    if (!removed) return false;
    const { item, sectionId, position } = removed;
    setRemoved(null);
    const body = {
      studyId: item.studyId,
      importance: item.importance,
      note: item.note ?? '',
      question: item.question ?? '',
    };
    let added = await send('POST', '/items', { ...body, sectionId });
    // The section may have been removed meanwhile; then the item goes to the last section.
    if (added.kind === 'failed' && added.field === 'sectionId') added = await send('POST', '/items', body);
    if (added.kind !== 'saved') return false;
    const section = added.list.sections.find((s) => s.items.some((i) => i.studyId === item.studyId));
    const back = section?.items.find((i) => i.studyId === item.studyId);
    if (!section || !back || section.id !== sectionId || position >= section.items.length - 1) return true;
    const moved = await send('POST', `/items/${back.id}/move`, { sectionId, position });
    return moved.kind === 'saved';
  }, [removed, send]);

  return { removed, remove, undo, dismiss: () => setRemoved(null) };
}
