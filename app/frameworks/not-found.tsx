import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';

export default async function FrameworkNotFound() {
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-2">
      <h1 className="font-serif text-2xl">{t.frameworks.notFoundTitle}</h1>
      <p>
        {t.frameworks.notFoundBody}{' '}
        <Link href="/frameworks" className="text-teal-800 underline">
          {t.frameworks.title}
        </Link>
        .
      </p>
    </div>
  );
}
