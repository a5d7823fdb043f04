import Link from 'next/link';

export default function StudyNotFound() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">Study not found</h1>
      <p>
        No study has this address; it may have been removed from the corpus.{' '}
        <Link href="/" className="text-teal-800 underline">Search the corpus</Link>.
      </p>
    </div>
  );
}
