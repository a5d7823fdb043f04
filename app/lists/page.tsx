import type { Metadata } from 'next';
import Link from 'next/link';
import { RememberedListsPanel } from '@/components/reading-lists/remembered-lists-panel';

export const metadata: Metadata = { title: 'Reading lists' };

export default function ReadingListsPage() {
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-2xl">Reading lists</h1>
          <p className="max-w-2xl text-stone-700">
            Build a reading list for a course from the corpus: sections, essential and further reading, a note
            or guiding question per study. Share it with students by a link, print it, or export it to a
            reference manager.
          </p>
        </div>
        <Link
          href="/lists/new"
          className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2"
        >
          New reading list
        </Link>
      </header>
      <section aria-labelledby="mine">
        <h2 id="mine" className="mb-2 font-serif text-xl">
          Your lists in this browser
        </h2>
        <RememberedListsPanel />
      </section>
    </div>
  );
}
