import Link from 'next/link';
import { listTextFor } from '@/components/reading-lists/list-text';
import { getLocale } from '@/lib/i18n/get-i18n';

export default async function ListNotFound() {
  const t = listTextFor(await getLocale()).errors;
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{t.notFound}</h1>
      <p>
        {t.notFoundBody}{' '}
        <Link href="/lists" className="text-teal-800 underline">
          {t.yourLists}
        </Link>
        .
      </p>
    </div>
  );
}
