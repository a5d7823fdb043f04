'use client';
import { useSyncExternalStore } from 'react';
import { fieldKey } from './draft-store';
import { buttonClass, inputClass } from './editor-types';
import { useAutosaveContext } from './use-autosave';

interface Props {
  itemId: number;
  field: 'note' | 'question';
  label: string;
  saved: string | null;
  maxLength: number;
}

/** A note or guiding question that saves itself, and says whether it is saved. */
export function NoteField({ itemId, field, label, saved, maxLength }: Props) {
  const { store, type, save, text: t } = useAutosaveContext();
  const key = fieldKey(itemId, field);
  const entry = useSyncExternalStore(
    store.subscribe,
    () => store.get(key),
    () => store.get(key),
  );
  const statusId = `${key}-status`;
  const shown = store.has(key) ? entry.state : null;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {label}
        <textarea
          id={key}
          rows={2}
          maxLength={maxLength}
          value={entry.draft ?? saved ?? ''}
          aria-describedby={statusId}
          onChange={(event) => type(itemId, field, event.target.value, saved)}
          onBlur={async () => {
            await save(itemId);
            // Saved and left: the field shows the stored text again (trimmed as the server keeps it).
            const now = store.get(key);
            if (now.state === 'saved' && document.activeElement?.id !== key)
              store.update(key, { draft: null });
          }}
          className={inputClass}
        />
      </label>
      <div id={statusId} aria-live="polite" className="min-h-5 text-xs" data-testid={`${field}-status`}>
        {shown === 'saved' ? <span className="text-teal-800">✓ {t.saved}</span> : null}
        {shown === 'saving' ? <span className="text-stone-600">{t.saving}</span> : null}
        {shown === 'unsaved' ? <span className="text-amber-800">{t.unsaved}</span> : null}
        {shown === 'failed' ? <span className="text-red-800">{t.failed}</span> : null}
        {shown === 'conflict' ? (
          <span className="flex flex-col items-start gap-1 text-amber-900">
            {t.conflict}
            <span className="text-stone-700">
              {entry.base ? `${t.theirs} “${entry.base}”` : t.theirsEmpty}
            </span>
            <button type="button" className={buttonClass} onClick={() => void save(itemId, true)}>
              {t.saveMine}
            </button>
          </span>
        ) : null}
      </div>
    </div>
  );
}
