'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import { editPathOf, rememberList } from '@/lib/reading-lists/remembered-lists';
import { LIMITS } from '@/lib/reading-lists/limits';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { inputClass, primaryButtonClass } from './editor-types';
import { callListApi, failureText } from './list-api';
import { useListText } from './list-text-provider';

interface Created {
  list?: ReadingListView;
  editToken?: string;
  error?: { message: string };
}

/** Creates a list (and, when reached from "Add to reading list", puts that study in it), then opens the editor. */
export function NewListForm({ addStudyId }: { addStudyId?: string }) {
  const text = useListText();
  const { create: t, details } = text;
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
      setError(
        response?.status === 503 ? text.errors.storageUnavailable : (created.error?.message ?? t.failed),
      );
      return;
    }
    const { list, editToken } = created;
    rememberList(browserStorage(), {
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
        setError(t.notAdded(failureText(added, text.errors)));
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
        {t.title} <span className="font-normal text-stone-500">{t.required}</span>
        <input
          name="title"
          required
          maxLength={LIMITS.title}
          className={`${inputClass} font-serif text-lg`}
          placeholder={t.titlePlaceholder}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {details.course}
        <input
          name="course"
          maxLength={LIMITS.course}
          className={inputClass}
          placeholder={t.coursePlaceholder}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {details.description}
        <textarea name="description" rows={3} maxLength={LIMITS.description} className={inputClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
        {t.language}
        <select name="language" defaultValue="en" className={inputClass}>
          <option value="en">{details.english}</option>
          <option value="id">{details.indonesian}</option>
        </select>
      </label>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
          {createdPath ? (
            <>
              {' '}
              <a href={createdPath} className="underline">
                {text.add.openList}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? t.creating : addStudyId ? t.submitWithStudy : t.submit}
        </button>
      </div>
      <p className="text-sm text-stone-600">{t.noAccount}</p>
    </form>
  );
}
