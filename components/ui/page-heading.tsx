import type { ReactNode } from 'react';

/** A page's title and its one-line description, in the serif look of the rest of the site. */
export function PageHeading({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="flex flex-col gap-1">
      <h1 className="font-serif text-2xl leading-tight text-stone-900">{title}</h1>
      {description ? <p className="max-w-prose text-stone-700">{description}</p> : null}
      {children}
    </header>
  );
}
