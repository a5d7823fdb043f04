'use client';
import Link from 'next/link';
import { useId, useRef, useState } from 'react';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import {
  editPathOf,
  forgetList,
  rememberList,
  type RememberedList,
} from '@/lib/reading-lists/remembered-lists';
import { callListApi, failureText } from './list-api';
import { useListText } from './list-text-provider';
import { announceRememberedChange, useRememberedLists } from './use-remembered-lists';

type Outcome = { tone: 'ok' | 'error'; text: string; list?: RememberedList };

/** "Add to reading list": pick one of the lists this browser remembers, or start a new list with this study. */
export function AddToListMenu({ studyId, title }: { studyId: string; title: string }) {
  const text = useListText();
  const t = text.add;
  const [open, setOpen] = useState(false);
  const remembered = useRememberedLists();
  const lists = remembered?.lists ?? [];
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const add = async (list: RememberedList) => {
    setBusy(true);
    const result = await callListApi('POST', `/${list.id}/items`, list.editToken, { studyId });
    setBusy(false);
    if (result.kind === 'saved') {
      rememberList(browserStorage(), { ...list, title: result.list.title });
      announceRememberedChange();
      setOutcome({ tone: 'ok', text: t.added(result.list.title), list });
      setOpen(false);
      toggle.current?.focus();
      return;
    }
    // A deleted list, or a link whose token no longer works, is forgotten so it stops being offered.
    if (
      result.kind === 'failed' &&
      (result.status === 403 || result.status === 404) &&
      result.field !== 'studyId'
    ) {
      forgetList(browserStorage(), list.id);
      announceRememberedChange();
    }
    setOutcome({ tone: 'error', text: failureText(result, text.errors) });
  };

  return (
    <div
      className="no-print relative mt-2 inline-block text-sm"
      onKeyDown={(e) => e.key === 'Escape' && open && (setOpen(false), toggle.current?.focus())}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-teal-700 px-2.5 py-1 text-teal-900 hover:bg-teal-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
      >
        {t.button}
        <span className="sr-only">: {title}</span>
      </button>
      {open ? (
        <div
          id={panelId}
          className="absolute z-10 mt-1 w-72 rounded-md border border-stone-200 bg-white p-2 shadow-lg"
        >
          {lists.length ? (
            <ul aria-label={t.yourLists} className="flex flex-col">
              {lists.map((list) => (
                <li key={list.id}>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => add(list)}
                    className="w-full rounded px-2 py-1.5 text-left hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 disabled:opacity-50"
                  >
                    {list.title}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-2 py-1 text-stone-600" data-testid="lists-not-remembered">
              {remembered?.available === false ? t.unavailable : t.none}
            </p>
          )}
          <Link
            href={`/lists/new?add=${encodeURIComponent(studyId)}`}
            className="mt-1 block border-t border-stone-200 px-2 pt-2 text-teal-900 underline"
          >
            {t.startNew}
          </Link>
        </div>
      ) : null}
      <span role="status" className={`ml-2 ${outcome?.tone === 'error' ? 'text-red-800' : 'text-teal-900'}`}>
        {outcome?.text}
        {outcome?.list ? (
          <>
            {' '}
            <Link href={editPathOf(outcome.list)} className="underline">
              {t.openList}
            </Link>
          </>
        ) : null}
      </span>
    </div>
  );
}
