'use client';
import Link from 'next/link';
import type { DragEvent } from 'react';
import { LIMITS } from '@/lib/reading-lists/schemas';
import type { Importance } from '@/lib/reading-lists/types';
import { buttonClass, inputClass, type EditList, type ItemView, type SectionView } from './editor-types';
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
  const note = useDraft(item.note);
  const question = useDraft(item.question);
  const title = item.study?.title ?? item.studyId;
  const base = `/items/${item.id}`;
  const saveText = async () => {
    const saved = await edit(
      'PATCH',
      base,
      { note: note.value, question: question.value },
      `Saved the note and guiding question for “${title}”.`,
    );
    if (saved) {
      note.clear();
      question.clear();
    }
  };
  const move = (to: { sectionId: number; position: number } | null, label: string, focusId: string) =>
    to && edit('POST', `${base}/move`, to, `Moved “${title}” ${label}.`, focusId);

  return (
    <li
      draggable
      onDragStart={(event) => event.dataTransfer.setData('text/x-telaah-item', String(item.id))}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => onDropOnItem(event, section.id, index)}
      className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
      data-testid="list-item"
      aria-label={title}
    >
      <div className="flex flex-wrap items-start gap-3">
        <span aria-hidden className="cursor-grab select-none pt-1 text-stone-400" title="Drag to reorder">
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
              <span className="text-stone-500">{item.studyId} (no longer in the corpus)</span>
            )}
          </h3>
          {item.study ? (
            <p className="text-sm text-stone-600">
              {[item.study.authors.join(', '), item.study.year].filter(Boolean).join(' · ') ||
                'Author and year not stated'}
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm text-stone-700">
          Importance
          <select
            value={item.importance}
            disabled={busy}
            onChange={(event) =>
              edit(
                'PATCH',
                base,
                { importance: event.target.value as Importance },
                `Marked “${title}” as ${event.target.value}.`,
              )
            }
            className="rounded-md border border-stone-300 bg-white px-2 py-1"
          >
            <option value="essential">Essential</option>
            <option value="further">Further reading</option>
          </select>
        </label>
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          Guiding question
          <textarea
            rows={2}
            maxLength={LIMITS.question}
            value={question.value}
            onChange={(event) => question.set(event.target.value)}
            className={inputClass}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          Note for students
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
          Save note and question
        </button>
        <button
          id={`up-${item.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || !moves.up}
          onClick={() => move(moves.up, 'up', `up-${item.id}`)}
        >
          Move up<span className="sr-only"> “{title}”</span>
        </button>
        <button
          id={`down-${item.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || !moves.down}
          onClick={() => move(moves.down, 'down', `down-${item.id}`)}
        >
          Move down<span className="sr-only"> “{title}”</span>
        </button>
        {sections.length > 1 ? (
          <label className="flex items-center gap-1 text-sm text-stone-700">
            Section
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
                    `Moved “${title}” to “${target.title}”.`,
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
          onClick={() => edit('DELETE', base, {}, `Removed “${title}”.`)}
        >
          Remove<span className="sr-only"> “{title}”</span>
        </button>
      </div>
    </li>
  );
}
