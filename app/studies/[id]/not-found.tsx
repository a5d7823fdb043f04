import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';

export default async function StudyNotFound() {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{t.study.notFoundTitle}</h1>
      <p>
        {t.study.notFoundBody}{' '}
        <Link href="/" className="text-teal-800 underline">
          {t.common.searchTheCorpus}
        </Link>
        .
      </p>
    </div>
  );
}
