'use client';

import { errorMessages } from '@/lib/i18n/error-messages';

/** The body of every error.tsx, in the interface language, with a reset button. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document !== 'undefined' && document.documentElement.lang === 'id' ? 'id' : 'en';
  const m = errorMessages[lang];
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-md border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <p>
        {m.somethingWrong}: {error.message || m.unexpectedError}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900"
      >
        {m.tryAgain}
      </button>
    </div>
  );
}
