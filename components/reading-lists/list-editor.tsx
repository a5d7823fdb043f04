'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import { rememberList } from '@/lib/reading-lists/remembered-lists';
import { LIMITS } from '@/lib/reading-lists/limits';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { buttonClass, inputClass, type EditList } from './editor-types';
import { ListDetailsForm } from './list-details-form';
import { callListApi, failureText } from './list-api';
import { SectionBlock } from './section-block';
import { useListText } from './list-text-provider';
import { SharePanel } from './share-panel';
import {
  AutosaveProvider,
  useAutosave,
  useReportUnsaved,
  type DraftText,
  type SendEdit,
} from './use-autosave';
import { useDraftBackup } from './use-draft-backup';
import { useLeaveGuard } from './use-leave-guard';
import { announceRememberedChange } from './use-remembered-lists';
import { useUndoRemove, type Removed } from './use-undo-remove';

type Status = { tone: 'info' | 'error' | 'conflict'; text: string; undo?: boolean };

export function ListEditor({
  initial,
  token,
  draftText,
  baseUrl,
}: {
  initial: ReadingListView;
  token: string;
  draftText: DraftText;
  /** The public base URL for the share links; null to use the browser's address. */
  baseUrl: string | null;
}) {
  const t = useListText();
  const [list, setList] = useState(initial);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [newSection, setNewSection] = useState('');
  // Every edit carries the version it was made on: the latest one this editor has seen.
  const version = useRef(initial.version);
  // Edits go one at a time, each on the version the previous one returned: an autosave and a click made together
  // must not refuse each other as conflicting.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const send: SendEdit = useCallback(
    (method, path, body) => {
      const run = queue.current.then(async () => {
        const result = await callListApi(method, `/${list.id}${path}`, token, {
          ...body,
          version: version.current,
        });
        if (result.kind !== 'failed') {
          version.current = result.list.version;
          setList(result.list);
        }
        return result;
      });
      // A rejected edit must not stop the ones queued after it.
      queue.current = run.catch(() => undefined);
      return run;
    },
    [list.id, token],
  );
  const autosave = useAutosave(send);
  const undoRemove = useUndoRemove(send, autosave.store);
  useLeaveGuard(autosave, draftText.leaveAnyway);
  useDraftBackup(autosave.store, initial, autosave.save);
  // Reordering moves the focused button's DOM node (and disables it while saving), which drops focus: the edit
  // names the button to refocus, and this effect does it once the new list and busy=false are on screen.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (busy || !refocus.current) return;
    // At the top or bottom the button just used is disabled; its opposite (up-N <-> down-N) takes the focus.
    const opposite = refocus.current.replace(
      /^(section-)?(up|down)-/,
      (_, s = '', d: string) => `${s}${d === 'up' ? 'down' : 'up'}-`,
    );
    const target = [refocus.current, opposite]
      .map((id) => document.getElementById(id) as HTMLButtonElement | null)
      .find((button) => button && !button.disabled);
    target?.focus();
    refocus.current = null;
  }, [list, busy]);

  useEffect(() => {
    rememberList(browserStorage(), {
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
      const result = await send(method, path, body);
      setBusy(false);
      if (result.kind === 'failed') {
        setStatus({ tone: 'error', text: failureText(result, t.errors) });
        return false;
      }
      if (result.kind === 'conflict') {
        setStatus({ tone: 'conflict', text: t.editor.conflict });
        return false;
      }
      setStatus({ tone: 'info', text: done });
      refocus.current = focusId ?? null;
      return true;
    },
    [send, t],
  );

  const remove = async (entry: Removed) => {
    setBusy(true);
    const result = await undoRemove.remove(entry);
    setBusy(false);
    if (result.kind === 'failed') return setStatus({ tone: 'error', text: failureText(result, t.errors) });
    if (result.kind === 'conflict') return setStatus({ tone: 'conflict', text: t.editor.conflict });
    setStatus({ tone: 'info', text: t.item.removed(entry.title), undo: true });
    // The Remove button is gone with its card: the Undo button takes the focus, so the keyboard is not lost.
    refocus.current = 'undo-remove';
  };
  const undo = async () => {
    const title = undoRemove.removed?.title ?? '';
    setBusy(true);
    const restored = await undoRemove.undo();
    setBusy(false);
    if (restored) setStatus({ tone: 'info', text: `${draftText.restored} “${title}”.` });
    else setStatus({ tone: 'error', text: `${draftText.notRestored} “${title}”.` });
  };
  useReportUnsaved('new-section', newSection.trim() !== '', autosave.store);

  const tone = {
    info: 'border-teal-300 bg-teal-50 text-teal-950',
    error: 'border-red-300 bg-red-50 text-red-900',
    conflict: 'border-amber-300 bg-amber-50 text-amber-950',
  };
  return (
    <AutosaveProvider value={{ ...autosave, text: draftText }}>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-1">
          <p className="text-sm uppercase tracking-wide text-stone-500">{t.editor.kicker}</p>
          <h1 className="font-serif text-2xl leading-tight">{list.title}</h1>
          <p className="text-sm text-stone-600">
            {t.editor.summary(
              list.version,
              list.sections.reduce((n, s) => n + s.items.length, 0),
            )}
          </p>
        </header>
        <div role={status?.tone === 'info' ? 'status' : 'alert'} aria-live="polite" className="min-h-0">
          {status ? (
            <p
              className={`flex flex-wrap items-center gap-3 rounded-md border p-3 text-sm ${tone[status.tone]}`}
            >
              {status.text}
              {status.undo && undoRemove.removed ? (
                <button id="undo-remove" type="button" className={buttonClass} disabled={busy} onClick={undo}>
                  {draftText.undo}
                </button>
              ) : null}
            </p>
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
                remove={remove}
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
                    t.editor.addedSection(newSection.trim()),
                  )
                )
                  setNewSection('');
              }}
            >
              <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-stone-700">
                {t.editor.newSection}
                <input
                  value={newSection}
                  maxLength={LIMITS.sectionTitle}
                  onChange={(e) => setNewSection(e.target.value)}
                  placeholder={t.editor.newSectionPlaceholder}
                  className={inputClass}
                />
              </label>
              <button type="submit" className={buttonClass} disabled={busy || !newSection.trim()}>
                {t.editor.addSection}
              </button>
            </form>
            <p className="text-sm text-stone-700">
              {t.editor.hintBefore}{' '}
              <a href="/" className="text-teal-900 underline">
                {t.editor.hintLink}
              </a>{' '}
              {t.editor.hintAfter}
            </p>
          </div>
          <SharePanel id={list.id} token={token} shareToken={list.shareToken} baseUrl={baseUrl} />
        </div>
      </div>
    </AutosaveProvider>
  );
}
