'use client';
import { useState } from 'react';

export interface CopyCitationText {
  copy: string;
  label: string;
  copied: string;
  failed: string;
}

/**
 * Copies the text of the element `targetId` (a citation the server rendered). Where the clipboard is refused
 * (no permission, an insecure origin) the text is selected instead, so Ctrl+C still works, and the button says so.
 */
export function CopyCitation({ targetId, text }: { targetId: string; text: CopyCitationText }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    const target = document.getElementById(targetId);
    if (!target) return;
    try {
      await navigator.clipboard.writeText(target.innerText.trim());
      setState('copied');
    } catch {
      window.getSelection()?.selectAllChildren(target);
      setState('failed');
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={text.label}
        data-testid={`copy-${targetId}`}
        className="rounded border border-teal-700 px-2 py-0.5 text-xs font-medium text-teal-900 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {text.copy}
      </button>
      <span role="status" className="text-xs text-stone-700">
        {state === 'copied' ? text.copied : state === 'failed' ? text.failed : ''}
      </span>
    </span>
  );
}
