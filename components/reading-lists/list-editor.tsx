'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { rememberList } from '@/lib/reading-lists/remembered-lists';
import { LIMITS } from '@/lib/reading-lists/schemas';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { buttonClass, inputClass, type EditList } from './editor-types';
import { ListDetailsForm } from './list-details-form';
import { callListApi } from './list-api';
import { SectionBlock } from './section-block';
import { SharePanel } from './share-panel';
import { announceRememberedChange } from './use-remembered-lists';

type Status = { tone: 'info' | 'error' | 'conflict'; text: string };

export function ListEditor({ initial, token }: { initial: ReadingListView; token: string }) {
  const [list, setList] = useState(initial);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [newSection, setNewSection] = useState('');
  // Every edit carries the version it was made on: the latest one this editor has seen.
  const version = useRef(initial.version);

  useEffect(() => {
    rememberList(window.localStorage, {
      id: list.id,
      title: list.title,
      editToken: token,
      shareToken: list.shareToken,
    });
    announceRememberedChange();
  }, [list.id, list.title, list.shareToken, token]);

  const edit: EditList = useCallback(
    async (method, path, body, done, focusId) => {
      setBusy(true);
      const result = await callListApi(method, `/${list.id}${path}`, token, {
        ...body,
        version: version.current,
      });
      setBusy(false);
      if (result.kind === 'failed') {
        setStatus({ tone: 'error', text: result.message });
        return false;
      }
      version.current = result.list.version;
      setList(result.list);
      if (result.kind === 'conflict') {
        setStatus({
          tone: 'conflict',
          text: `${result.message} Anything you typed is still in its field: check it and save again.`,
        });
        return false;
      }
      setStatus({ tone: 'info', text: done });
      // Reordering moves the focused button's DOM node, which drops focus: put it back for keyboard users.
      if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
      return true;
    },
    [list.id, token],
  );

  const tone = {
    info: 'border-teal-300 bg-teal-50 text-teal-950',
    error: 'border-red-300 bg-red-50 text-red-900',
    conflict: 'border-amber-300 bg-amber-50 text-amber-950',
  };
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm uppercase tracking-wide text-stone-500">Editing reading list</p>
        <h1 className="font-serif text-2xl leading-tight">{list.title}</h1>
        <p className="text-sm text-stone-600">
          Version {list.version} · {list.sections.reduce((n, s) => n + s.items.length, 0)} studies
        </p>
      </header>
      <div role={status?.tone === 'info' ? 'status' : 'alert'} aria-live="polite" className="min-h-0">
        {status ? (
          <p className={`rounded-md border p-3 text-sm ${tone[status.tone]}`}>{status.text}</p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-6">
          <ListDetailsForm list={list} busy={busy} edit={edit} />
          {list.sections.map((section, index) => (
            <SectionBlock
              key={section.id}
              section={section}
              index={index}
              sections={list.sections}
              busy={busy}
              edit={edit}
            />
          ))}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={async (event) => {
              event.preventDefault();
              if (
                await edit(
                  'POST',
                  '/sections',
                  { title: newSection },
                  `Added section “${newSection.trim()}”.`,
                )
              )
                setNewSection('');
            }}
          >
            <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-stone-700">
              New section
              <input
                value={newSection}
                maxLength={LIMITS.sectionTitle}
                onChange={(e) => setNewSection(e.target.value)}
                placeholder="e.g. Week 2: Transnational advocacy networks"
                className={inputClass}
              />
            </label>
            <button type="submit" className={buttonClass} disabled={busy || !newSection.trim()}>
              Add section
            </button>
          </form>
          <p className="text-sm text-stone-700">
            Add studies with “Add to reading list” on the{' '}
            <a href="/" className="text-teal-900 underline">
              search results
            </a>{' '}
            or on a study’s page.
          </p>
        </div>
        <SharePanel id={list.id} token={token} shareToken={list.shareToken} />
      </div>
    </div>
  );
}
