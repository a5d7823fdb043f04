'use client';
import { useState } from 'react';
import { editPathOf, sharePathOf } from '@/lib/reading-lists/remembered-lists';
import { ExportLinks } from './export-links';
import { buttonClass } from './editor-types';
import { useOrigin } from './use-remembered-lists';

function CopyField({ label, path, hint }: { label: string; path: string; hint: string }) {
  const origin = useOrigin();
  const [copied, setCopied] = useState(false);
  const url = `${origin}${path}`;
  const id = `copy-${label.replace(/\W+/g, '-').toLowerCase()}`;
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
          Copy<span className="sr-only"> {label}</span>
        </button>
      </div>
      <p className="text-xs text-stone-600" aria-live="polite">
        {copied ? 'Copied.' : hint}
      </p>
    </div>
  );
}

export function SharePanel({ id, token, shareToken }: { id: string; token: string; shareToken: string }) {
  const sharePath = sharePathOf(shareToken);
  return (
    <aside
      aria-labelledby="share-heading"
      className="flex flex-col gap-4 rounded-xl border border-teal-200 bg-teal-50/60 p-4"
    >
      <h2 id="share-heading" className="font-serif text-lg text-teal-950">
        Share, print, export
      </h2>
      <CopyField
        label="Link for students (read-only)"
        path={sharePath}
        hint="Students see the studies, abstracts and your questions; they cannot edit."
      />
      <CopyField
        label="Your edit link"
        path={editPathOf({ id, editToken: token })}
        hint="Keep it private: anyone with this link can edit the list. This browser remembers it."
      />
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={sharePath} className="text-teal-900 underline">
          Open the students’ page
        </a>
        <a href={`${sharePath}/print`} className="text-teal-900 underline">
          Print view
        </a>
      </p>
      <ExportLinks shareToken={shareToken} />
    </aside>
  );
}
