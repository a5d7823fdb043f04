import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">Not found</h1>
      <p>
        There is no such page or study.{' '}
        <Link href="/" className="text-teal-800 underline">
          Search the corpus
        </Link>
        .
      </p>
    </div>
  );
}
