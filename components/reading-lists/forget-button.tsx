'use client';
import { useRef } from 'react';
import type { Messages } from '@/lib/i18n/messages-en';
import { browserStorage } from '@/lib/reading-lists/browser-storage';
import { forgetList } from '@/lib/reading-lists/remembered-lists';
import { buttonClass, primaryButtonClass } from './editor-types';
import { useListText } from './list-text-provider';
import { announceRememberedChange } from './use-remembered-lists';

/**
 * "Forget" throws away the only copy of an edit link this browser may have, so it asks first. A modal <dialog>
 * gives the focus trap, Escape to cancel and the return of focus without code of our own.
 */
export type ForgetText = Messages['listForget'];

export function ForgetButton({ id, title, text }: { id: string; title: string; text: ForgetText }) {
  const t = useListText();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = `forget-${id}-heading`;
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => dialog.current?.showModal()}>
        {t.index.forget}
        <span className="sr-only"> {t.index.forgetWhat(title)}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-auto max-w-md rounded-xl border border-stone-300 bg-white p-5 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
      >
        <form method="dialog" className="flex flex-col gap-3">
          <h2 id={headingId} className="font-serif text-xl">
            {text.heading}
          </h2>
          <p className="font-serif text-base">{title}</p>
          <p className="text-sm text-stone-700">{text.body}</p>
          <div className="flex flex-wrap justify-end gap-2">
            {/* First in the form, so it has the focus when the dialog opens: the safe choice. */}
            <button type="submit" value="cancel" className={buttonClass} autoFocus>
              {text.cancel}
            </button>
            <button
              type="submit"
              value="forget"
              className={primaryButtonClass}
              onClick={() => {
                forgetList(browserStorage(), id);
                announceRememberedChange();
              }}
            >
              {text.confirm}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
