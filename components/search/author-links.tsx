import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';
import { authorQuery } from '@/lib/search/parse-query';
import { toSearchQueryString } from '@/lib/search/search-params';

/** The href of a search for one author's studies. */
export const authorHref = (name: string) => `/${toSearchQueryString({ q: authorQuery(name) })}`;

/** Authors as links to a search for each one's studies (`author:"Name"`); nothing when there are none. */
export async function AuthorLinks({ authors, className }: { authors: string[]; className?: string }) {
  if (authors.length === 0) return null;
  const { t } = await getI18n();
  return (
    <p className={className ?? 'text-sm text-stone-700'} data-testid="authors">
      <span className="sr-only">{t.searchTools.authorsLabel}: </span>
      {authors.map((name, i) => (
        <span key={`${name}:${i}`}>
          {i > 0 ? ', ' : null}
          <Link
            href={authorHref(name)}
            title={t.searchTools.authorSearch(name)}
            className="text-teal-800 underline decoration-teal-800/30 underline-offset-2 hover:decoration-teal-800"
          >
            {name}
          </Link>
        </span>
      ))}
    </p>
  );
}
