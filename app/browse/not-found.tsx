import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';

export default async function BrowseNotFound() {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{t.common.notFoundTitle}</h1>
      <p>
        {t.common.notFoundBody}{' '}
        <Link href="/browse" className="text-teal-800 underline">
          {t.browse.title}
        </Link>
        .
      </p>
    </div>
  );
}
