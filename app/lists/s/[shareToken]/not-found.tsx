import Link from 'next/link';

export default function ListNotFound() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">Reading list not found</h1>
      <p>
        No reading list has this link; it may have been deleted.{' '}
        <Link href="/lists" className="text-teal-800 underline">
          Your reading lists
        </Link>
        .
      </p>
    </div>
  );
}
