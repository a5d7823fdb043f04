'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-3 rounded-md border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <p>Something went wrong: {error.message || 'an unexpected error'}.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900"
      >
        Try again
      </button>
    </div>
  );
}
