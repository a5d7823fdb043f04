'use client';
import { LIMITS } from '@/lib/reading-lists/limits';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { inputClass, primaryButtonClass, type EditList } from './editor-types';
import { useListText } from './list-text-provider';
import { useReportUnsaved } from './use-autosave';
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
  const t = useListText().details;
  const title = useDraft(list.title);
  const course = useDraft(list.course);
  const description = useDraft(list.description);
  const dirty = title.dirty || course.dirty || description.dirty;
  useReportUnsaved('list-details', dirty);
  const save = async () => {
    const saved = await edit(
      'PATCH',
      '',
      { title: title.value, course: course.value, description: description.value },
      t.saved,
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
        {t.title}
        <input
          required
          maxLength={LIMITS.title}
          value={title.value}
          onChange={(e) => title.set(e.target.value)}
          className={`${inputClass} font-serif text-xl`}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {t.course}
        <input
          maxLength={LIMITS.course}
          value={course.value}
          onChange={(e) => course.set(e.target.value)}
          className={inputClass}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {t.language}
        <select
          value={list.language}
          disabled={busy}
          onChange={(e) => edit('PATCH', '', { language: e.target.value }, t.languageChanged)}
          className={inputClass}
        >
          <option value="en">{t.english}</option>
          <option value="id">{t.indonesian}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700 md:col-span-2">
        {t.description}
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
          {t.save}
        </button>
      </div>
    </form>
  );
}
