'use client';
import { useState } from 'react';
import { editPathOf, sharePathOf } from '@/lib/reading-lists/remembered-lists';
import { ExportLinks } from './export-links';
import { buttonClass } from './editor-types';
import { useListText } from './list-text-provider';
import { useOrigin, useRememberedLists } from './use-remembered-lists';

interface CopyFieldProps {
  id: string;
  label: string;
  path: string;
  hint: string;
  baseUrl: string | null;
}

function CopyField({ id, label, path, hint, baseUrl }: CopyFieldProps) {
  const t = useListText().share;
  const origin = useOrigin();
  const [copied, setCopied] = useState(false);
  // The deployment's public address (TELAAH_PUBLIC_URL or the forwarded host), else the address in the browser.
  const url = `${baseUrl ?? origin}${path}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className={buttonClass}
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {t.copy}
          <span className="sr-only"> {label}</span>
        </button>
      </div>
      <p className="text-xs text-stone-600" aria-live="polite">
        {copied ? t.copied : hint}
      </p>
    </div>
  );
}

export function SharePanel({
  id,
  token,
  shareToken,
  baseUrl,
}: {
  id: string;
  token: string;
  shareToken: string;
  baseUrl: string | null;
}) {
  const text = useListText();
  const t = text.share;
  const sharePath = sharePathOf(shareToken);
  // Where the browser allows no storage, the edit link is not remembered: say so, it is the only way back.
  const notRemembered = useRememberedLists()?.available === false;
  return (
    <aside
      aria-labelledby="share-heading"
      className="flex flex-col gap-4 rounded-xl border border-teal-200 bg-teal-50/60 p-4"
    >
      <h2 id="share-heading" className="font-serif text-lg text-teal-950">
        {t.heading}
      </h2>
      <CopyField
        id="student-link"
        label={t.studentLink}
        path={sharePath}
        hint={t.studentHint}
        baseUrl={baseUrl}
      />
      <CopyField
        id="edit-link"
        label={t.editLink}
        path={editPathOf({ id, editToken: token })}
        hint={notRemembered ? t.editHintNotRemembered : t.editHint}
        baseUrl={baseUrl}
      />
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={sharePath} className="text-teal-900 underline">
          {t.openStudentPage}
        </a>
        <a href={`${sharePath}/print`} className="text-teal-900 underline">
          {t.printView}
        </a>
      </p>
      <ExportLinks shareToken={shareToken} text={text.exports} />
    </aside>
  );
}
