import Link from 'next/link';

/** The body of every not-found page: what is missing, and a link to a page that helps. */
export function NotFoundPanel({
  title,
  body,
  href,
  linkLabel,
}: {
  title: string;
  body: string;
  href: string;
  linkLabel: string;
}) {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{title}</h1>
      <p>
        {body}{' '}
        <Link href={href} className="text-teal-800 underline">
          {linkLabel}
        </Link>
        .
      </p>
    </div>
  );
}
