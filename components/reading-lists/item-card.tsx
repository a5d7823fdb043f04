'use client';
import Link from 'next/link';
import { useState, type DragEvent } from 'react';
import { titleIn } from '@/lib/db/title-in';
import { LIMITS } from '@/lib/reading-lists/limits';
import type { Importance } from '@/lib/reading-lists/types';
import { buttonClass, inputClass, type EditList, type ItemView, type SectionView } from './editor-types';
import { useListText } from './list-text-provider';
import { useListLocale } from './use-list-locale';
import { useDraft } from './use-draft';

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
  onDropOnItem: (event: DragEvent, sectionId: number, position: number) => void;
}

export function ItemCard({ item, index, section, sections, moves, busy, edit, onDropOnItem }: Props) {
  const t = useListText().item;
  const note = useDraft(item.note);
  // Only the handle starts a drag: a draggable card would steal text selection from its own text fields.
  const [dragArmed, setDragArmed] = useState(false);
  const question = useDraft(item.question);
  const locale = useListLocale();
  const title = item.study ? titleIn(item.study, locale).text : item.studyId;
  const base = `/items/${item.id}`;
  const saveText = async () => {
    const saved = await edit(
      'PATCH',
      base,
      { note: note.value, question: question.value },
      t.savedText(title),
    );
    if (saved) {
      note.clear();
      question.clear();
    }
  };
  const move = (to: { sectionId: number; position: number } | null, done: string, focusId: string) =>
    to && edit('POST', `${base}/move`, to, done, focusId);

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
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t.question}
          <textarea
            rows={2}
            maxLength={LIMITS.question}
            value={question.value}
            onChange={(event) => question.set(event.target.value)}
            className={inputClass}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t.note}
          <textarea
            rows={2}
            maxLength={LIMITS.note}
            value={note.value}
            onChange={(event) => note.set(event.target.value)}
            className={inputClass}
          />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass}
          disabled={busy || !(note.dirty || question.dirty)}
          onClick={saveText}
        >
          {t.saveText}
        </button>
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
                  edit(
                    'POST',
                    `${base}/move`,
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
          onClick={() => edit('DELETE', base, {}, t.removed(title))}
        >
          {t.remove}
          <span className="sr-only"> “{title}”</span>
        </button>
      </div>
    </li>
  );
}
