'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { Messages } from '@/lib/i18n/messages-en';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { DraftStore, fieldKey, sameText } from './draft-store';
import type { ListResult } from './list-api';

/** Sends one edit in turn with the others (the editor adds the latest version) and takes in the list it returns. */
export type SendEdit = (
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: Record<string, unknown>,
) => Promise<ListResult>;

const FIELDS = ['note', 'question'] as const;
type Field = (typeof FIELDS)[number];
/** Long enough not to send a request per keystroke, short enough that a pause in typing saves. */
export const AUTOSAVE_DELAY_MS = 800;

const itemOf = (list: ReadingListView, itemId: number) =>
  list.sections.flatMap((section) => section.items).find((item) => item.id === itemId);

/**
 * Autosave of the items' notes and guiding questions: a pause in typing or leaving the field saves it. A save
 * refused because the list changed (409) is retried on the new version only when the server still has the text
 * the draft was started from (someone edited something else); otherwise the field keeps the lecturer's text and
 * says so until they choose to save it over the other change.
 */
export function useAutosave(send: SendEdit) {
  const store = useMemo(() => new DraftStore(), []);
  const pending = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<Promise<boolean>>());

  // save and schedule call each other, so they are made together.
  const { save, schedule } = useMemo(() => {
    const timers = pending.current;
    const saving = inFlight.current;
    const schedule = (itemId: number) => {
      clearTimeout(timers.get(itemId));
      timers.set(
        itemId,
        setTimeout(() => void save(itemId), AUTOSAVE_DELAY_MS),
      );
    };
    // Every save is tracked until it settles, so leaving can wait for one started by the blur just before.
    const save = (itemId: number, overwrite = false, retries = 1): Promise<boolean> => {
      const run = saveNow(itemId, overwrite, retries);
      saving.add(run);
      void run.finally(() => saving.delete(run));
      return run;
    };
    const saveNow = async (itemId: number, overwrite: boolean, retries: number): Promise<boolean> => {
      clearTimeout(timers.get(itemId));
      timers.delete(itemId);
      const fields = FIELDS.filter((field) => {
        const { draft, state } = store.get(fieldKey(itemId, field));
        return (
          draft !== null && (state === 'unsaved' || state === 'failed' || (overwrite && state === 'conflict'))
        );
      });
      if (!fields.length) return true;
      const sent = Object.fromEntries(fields.map((f) => [f, store.get(fieldKey(itemId, f)).draft ?? '']));
      fields.forEach((field) => store.update(fieldKey(itemId, field), { state: 'saving' }));
      const result = await send('PATCH', `/items/${itemId}`, sent);
      const item = result.kind === 'failed' ? undefined : itemOf(result.list, itemId);
      let retry = result.kind === 'conflict' && item !== undefined;
      for (const field of fields) {
        const key = fieldKey(itemId, field);
        const entry = store.get(key);
        const server = item?.[field] ?? '';
        if (result.kind === 'failed') store.update(key, { state: 'failed' });
        else if (
          result.kind === 'conflict' &&
          !(item && (server === entry.base || sameText(sent[field] ?? '', server)))
        ) {
          retry = false;
          store.update(key, { state: 'conflict', base: server });
        } else if (result.kind === 'saved' && entry.draft !== sent[field]) {
          // Typed on while it was saving: the newer text goes in the next save (unless one is already under way).
          if (entry.state !== 'saving') store.update(key, { state: 'unsaved', base: server });
        } else if (result.kind === 'saved') store.update(key, { state: 'saved', base: server });
        else store.update(key, { state: 'unsaved', base: server });
      }
      if (retry && retries > 0) return save(itemId, overwrite, retries - 1);
      if (fields.some((field) => store.get(fieldKey(itemId, field)).state === 'unsaved')) schedule(itemId);
      return result.kind === 'saved';
    };
    return { save, schedule };
  }, [send, store]);

  const type = useCallback(
    (itemId: number, field: Field, text: string, saved: string | null) => {
      store.type(fieldKey(itemId, field), text, saved ?? '');
      if (store.get(fieldKey(itemId, field)).state === 'unsaved') schedule(itemId);
    },
    [store, schedule],
  );

  const saveAll = useCallback(async () => {
    const ids = new Set(
      store.keys().flatMap((key) => {
        const match = /^item-(\d+)-/.exec(key);
        return match ? [Number(match[1])] : [];
      }),
    );
    await Promise.all([...ids].map((id) => save(id)));
    while (inFlight.current.size) await Promise.all([...inFlight.current]);
  }, [store, save]);

  // Leaving the editor inside the app (Back, a link) unmounts it: what is still waiting for its pause is sent now.
  useEffect(() => {
    const timers = pending.current;
    return () => {
      for (const id of timers.keys()) void save(id);
    };
  }, [save]);

  return { store, save, type, saveAll };
}

export type Autosave = ReturnType<typeof useAutosave>;
/**
 * The autosave's words come from the page as plain strings (the site dictionary, one language), not from the
 * reading-list dictionary every list page's bundle carries in both languages.
 */
export type DraftText = Messages['listDrafts'];

const AutosaveContext = createContext<(Autosave & { text: DraftText }) | null>(null);
export const AutosaveProvider = AutosaveContext.Provider;

export function useAutosaveContext(): Autosave & { text: DraftText } {
  const autosave = useContext(AutosaveContext);
  if (!autosave) throw new Error('useAutosaveContext outside the list editor');
  return autosave;
}

/** Marks a field with its own Save button (a title, the details) as unsaved while it differs from the list. */
export function useReportUnsaved(key: string, dirty: boolean, own?: DraftStore) {
  const context = useContext(AutosaveContext);
  const store = own ?? context?.store;
  useEffect(() => {
    if (dirty) store?.update(key, { state: 'unsaved' });
    else store?.drop(key);
  }, [store, key, dirty]);
  useEffect(() => () => store?.drop(key), [store, key]);
}
