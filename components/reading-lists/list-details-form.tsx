'use client';
import { LIMITS } from '@/lib/reading-lists/schemas';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { inputClass, primaryButtonClass, type EditList } from './editor-types';
import { useDraft } from './use-draft';

export function ListDetailsForm({
  list,
  busy,
  edit,
}: {
  list: ReadingListView;
  busy: boolean;
  edit: EditList;
}) {
  const title = useDraft(list.title);
  const course = useDraft(list.course);
  const description = useDraft(list.description);
  const dirty = title.dirty || course.dirty || description.dirty;
  const save = async () => {
    const saved = await edit(
      'PATCH',
      '',
      { title: title.value, course: course.value, description: description.value },
      'Saved the list details.',
    );
    if (saved) [title, course, description].forEach((field) => field.clear());
  };
  return (
    <form
      className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700 md:col-span-2">
        List title
        <input
          required
          maxLength={LIMITS.title}
          value={title.value}
          onChange={(e) => title.set(e.target.value)}
          className={`${inputClass} font-serif text-xl`}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Course
        <input
          maxLength={LIMITS.course}
          value={course.value}
          onChange={(e) => course.set(e.target.value)}
          className={inputClass}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Language of the list
        <select
          value={list.language}
          disabled={busy}
          onChange={(e) =>
            edit('PATCH', '', { language: e.target.value }, 'Changed the language of the list.')
          }
          className={inputClass}
        >
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700 md:col-span-2">
        Description
        <textarea
          rows={3}
          maxLength={LIMITS.description}
          value={description.value}
          onChange={(e) => description.set(e.target.value)}
          className={inputClass}
        />
      </label>
      <div>
        <button type="submit" className={primaryButtonClass} disabled={busy || !dirty || !title.value.trim()}>
          Save details
        </button>
      </div>
    </form>
  );
}
