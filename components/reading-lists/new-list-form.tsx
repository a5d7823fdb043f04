'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { editPathOf, rememberList } from '@/lib/reading-lists/remembered-lists';
import { LIMITS } from '@/lib/reading-lists/schemas';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { inputClass, primaryButtonClass } from './editor-types';
import { callListApi } from './list-api';

interface Created {
  list?: ReadingListView;
  editToken?: string;
  error?: { message: string };
}

/** Creates a list (and, when reached from "Add to reading list", puts that study in it), then opens the editor. */
export function NewListForm({ addStudyId }: { addStudyId?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [createdPath, setCreatedPath] = useState<string | null>(null);

  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const body = Object.fromEntries(
      ['title', 'course', 'description', 'language'].map((k) => [k, String(form.get(k) ?? '')]),
    );
    const response = await fetch('/api/reading-lists', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => null);
    const created = ((await response?.json().catch(() => null)) ?? {}) as Created;
    if (!created.list || !created.editToken) {
      setBusy(false);
      setError(created.error?.message ?? 'The list could not be created; try again.');
      return;
    }
    const { list, editToken } = created;
    rememberList(window.localStorage, {
      id: list.id,
      title: list.title,
      editToken,
      shareToken: list.shareToken,
    });
    if (addStudyId) {
      const added = await callListApi('POST', `/${list.id}/items`, editToken, { studyId: addStudyId });
      if (added.kind !== 'saved') {
        setBusy(false);
        setCreatedPath(editPathOf({ id: list.id, editToken }));
        setError(`The list was created, but the study was not added: ${added.message}`);
        return;
      }
    }
    router.push(editPathOf({ id: list.id, editToken }));
  };

  return (
    <form
      action={submit}
      className="flex max-w-2xl flex-col gap-4 rounded-xl border border-stone-200 bg-white p-6"
    >
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Title <span className="font-normal text-stone-500">(required)</span>
        <input
          name="title"
          required
          maxLength={LIMITS.title}
          className={`${inputClass} font-serif text-lg`}
          placeholder="e.g. International organisations and human trafficking"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Course
        <input
          name="course"
          maxLength={LIMITS.course}
          className={inputClass}
          placeholder="e.g. HI 301 Organisasi Internasional"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Description
        <textarea name="description" rows={3} maxLength={LIMITS.description} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        Language of the list (its labels and APA citations)
        <select name="language" defaultValue="en" className={inputClass}>
          <option value="en">English</option>
          <option value="id">Bahasa Indonesia</option>
        </select>
      </label>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
          {createdPath ? (
            <>
              {' '}
              <a href={createdPath} className="underline">
                Open the list
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? 'Creating…' : addStudyId ? 'Create the list with this study' : 'Create the list'}
        </button>
      </div>
      <p className="text-sm text-stone-600">
        No account needed: you get a private edit link (this browser remembers it) and a separate read-only
        link for students.
      </p>
    </form>
  );
}
