import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{t.common.notFoundTitle}</h1>
      <p>
        {t.common.notFoundBody}{' '}
        <Link href="/" className="text-teal-800 underline">
          {t.common.searchTheCorpus}
        </Link>
        .
      </p>
    </div>
  );
}
