'use client';
import Link from 'next/link';
import { useState, type DragEvent } from 'react';
import { titleIn } from '@/lib/db/title-in';
import { LIMITS } from '@/lib/reading-lists/limits';
import type { Importance } from '@/lib/reading-lists/types';
import { buttonClass, type EditList, type ItemView, type SectionView } from './editor-types';
import { useListLocale, useListText } from './list-text-provider';
import { NoteField } from './note-field';
import { useAutosaveContext } from './use-autosave';
import type { Removed } from './use-undo-remove';

interface Props {
  item: ItemView;
  index: number;
  section: SectionView;
  sections: SectionView[];
  moves: {
    up: { sectionId: number; position: number } | null;
    down: { sectionId: number; position: number } | null;
  };
  busy: boolean;
  edit: EditList;
  remove: (entry: Removed) => Promise<void>;
  onDropOnItem: (event: DragEvent, sectionId: number, position: number) => void;
}

export function ItemCard(props: Props) {
  const { item, index, section, sections, moves, busy, edit, remove, onDropOnItem } = props;
  const t = useListText().item;
  const { save } = useAutosaveContext();
  // Only the handle starts a drag: a draggable card would steal text selection from its own text fields.
  const [dragArmed, setDragArmed] = useState(false);
  const locale = useListLocale();
  const title = item.study ? titleIn(item.study, locale).text : item.studyId;
  const base = `/items/${item.id}`;
  // Text still waiting for its autosave is saved before the move (the draft would survive the move anyway).
  const move = async (to: { sectionId: number; position: number } | null, done: string, focusId?: string) => {
    if (!to) return;
    await save(item.id);
    await edit('POST', `${base}/move`, to, done, focusId);
  };

  return (
    <li
      draggable={dragArmed}
      onDragEnd={() => setDragArmed(false)}
      onDragStart={(event) => event.dataTransfer.setData('text/x-telaah-item', String(item.id))}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => onDropOnItem(event, section.id, index)}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
      data-testid="list-item"
      aria-label={title}
    >
      <div className="flex flex-wrap items-start gap-3">
        <span
          aria-hidden
          data-testid="drag-handle"
          onMouseDown={() => setDragArmed(true)}
          onMouseUp={() => setDragArmed(false)}
          className="cursor-grab select-none pt-1 text-stone-400"
          title={t.drag}
        >
          ⠿
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="font-serif text-lg leading-snug">
            {item.study ? (
              <Link
                href={`/studies/${item.studyId}`}
                className="text-teal-900 underline-offset-2 hover:underline"
              >
                {title}
              </Link>
            ) : (
              <span className="text-stone-500">
                {item.studyId} ({t.missing})
              </span>
            )}
          </h3>
          {item.study ? (
            <p className="text-sm text-stone-600">
              {[item.study.authors.join(', '), item.study.year].filter(Boolean).join(' · ') || t.noAuthorYear}
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          {t.importance}
          <select
            value={item.importance}
            disabled={busy}
            onChange={(event) =>
              edit(
                'PATCH',
                base,
                { importance: event.target.value as Importance },
                t.marked(title, event.target.value === 'essential' ? t.essential : t.further),
              )
            }
            className="rounded-md border border-stone-300 bg-white px-2 py-1"
          >
            <option value="essential">{t.essential}</option>
            <option value="further">{t.further}</option>
          </select>
        </label>
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <NoteField
          itemId={item.id}
          field="question"
          label={t.question}
          saved={item.question}
          maxLength={LIMITS.question}
        />
        <NoteField itemId={item.id} field="note" label={t.note} saved={item.note} maxLength={LIMITS.note} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          id={`up-${item.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || !moves.up}
          onClick={() => move(moves.up, t.movedUp(title), `up-${item.id}`)}
        >
          {t.up}
          <span className="sr-only"> “{title}”</span>
        </button>
        <button
          id={`down-${item.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || !moves.down}
          onClick={() => move(moves.down, t.movedDown(title), `down-${item.id}`)}
        >
          {t.down}
          <span className="sr-only"> “{title}”</span>
        </button>
        {sections.length > 1 ? (
          <label className="flex items-center gap-1 text-sm text-stone-700">
            {t.section}
            <select
              value={section.id}
              disabled={busy}
              onChange={(event) => {
                const target = sections.find((s) => s.id === Number(event.target.value));
                if (target)
                  void move(
                    { sectionId: target.id, position: target.items.length },
                    t.movedTo(title, target.title),
                  );
              }}
              className="rounded-md border border-stone-300 bg-white px-2 py-1"
            >
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="button"
          className={`${buttonClass} ml-auto text-red-800`}
          disabled={busy}
          onClick={() => remove({ item, title, sectionId: section.id, position: index })}
        >
          {t.remove}
          <span className="sr-only"> “{title}”</span>
        </button>
      </div>
    </li>
  );
}
