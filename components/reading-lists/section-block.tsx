'use client';
import type { DragEvent } from 'react';
import { LIMITS } from '@/lib/reading-lists/limits';
import { buttonClass, inputClass, neighbourMove, type EditList, type SectionView } from './editor-types';
import { ItemCard } from './item-card';
import { useListText } from './list-text-provider';
import { useReportUnsaved } from './use-autosave';
import { useDraft } from './use-draft';
import type { Removed } from './use-undo-remove';

interface Props {
  section: SectionView;
  index: number;
  sections: SectionView[];
  busy: boolean;
  edit: EditList;
  remove: (entry: Removed) => Promise<void>;
}

export function SectionBlock({ section, index, sections, busy, edit, remove }: Props) {
  const t = useListText().section;
  const title = useDraft(section.title);
  const base = `/sections/${section.id}`;
  const headingId = `section-${section.id}`;
  useReportUnsaved(headingId, title.dirty);

  // Mouse reordering: an item dropped on another takes its place; dropped on the section's empty space, it goes last.
  const dropAt = (event: DragEvent, sectionId: number, position: number) => {
    const itemId = event.dataTransfer.getData('text/x-telaah-item');
    if (!itemId) return;
    event.preventDefault();
    event.stopPropagation();
    void edit('POST', `/items/${itemId}/move`, { sectionId, position }, t.movedStudy);
  };

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-stone-100/60 p-4"
    >
      <div className="flex flex-wrap items-end gap-2">
        <h2 id={headingId} className="sr-only">
          {section.title}
        </h2>
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-stone-700">
          {t.title}
          <input
            value={title.value}
            maxLength={LIMITS.sectionTitle}
            onChange={(e) => title.set(e.target.value)}
            className={`${inputClass} font-serif text-lg`}
          />
        </label>
        <button
          type="button"
          className={buttonClass}
          disabled={busy || !title.dirty || !title.value.trim()}
          onClick={async () =>
            (await edit('PATCH', base, { title: title.value }, t.renamed)) && title.clear()
          }
        >
          {t.rename}
        </button>
        <button
          id={`section-up-${section.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || index === 0}
          onClick={() =>
            edit(
              'POST',
              `${base}/move`,
              { position: index - 1 },
              t.movedUp(section.title),
              `section-up-${section.id}`,
            )
          }
        >
          {t.up}
          <span className="sr-only"> “{section.title}”</span>
        </button>
        <button
          id={`section-down-${section.id}`}
          type="button"
          className={buttonClass}
          disabled={busy || index === sections.length - 1}
          onClick={() =>
            edit(
              'POST',
              `${base}/move`,
              { position: index + 1 },
              t.movedDown(section.title),
              `section-down-${section.id}`,
            )
          }
        >
          {t.down}
          <span className="sr-only"> “{section.title}”</span>
        </button>
        <button
          type="button"
          className={`${buttonClass} text-red-800`}
          disabled={busy || sections.length === 1}
          title={sections.length === 1 ? t.keepOne : t.removeHint}
          onClick={() => edit('DELETE', base, {}, t.removed(section.title))}
        >
          {t.remove}
          <span className="sr-only"> “{section.title}”</span>
        </button>
      </div>
      <ol
        className="flex min-h-16 flex-col gap-3"
        aria-label={t.studiesIn(section.title)}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => dropAt(event, section.id, section.items.length)}
      >
        {section.items.map((item, itemIndex) => (
          <ItemCard
            key={item.id}
            item={item}
            index={itemIndex}
            section={section}
            sections={sections}
            moves={{
              up: neighbourMove(sections, index, itemIndex, -1),
              down: neighbourMove(sections, index, itemIndex, 1),
            }}
            busy={busy}
            edit={edit}
            remove={remove}
            onDropOnItem={dropAt}
          />
        ))}
        {section.items.length === 0 ? (
          <li className="rounded-md border border-dashed border-stone-300 p-4 text-sm text-stone-600">
            {t.empty}
          </li>
        ) : null}
      </ol>
    </section>
  );
}
