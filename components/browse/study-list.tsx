import Link from 'next/link';
import { StudyMetaLine } from '@/components/study/study-meta-line';
import type { StudySummary } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Studies as cards with title and the shared meta line (organisation · country · period · kind). */
export async function StudyList({ studies }: { studies: StudySummary[] }) {
  const { t, locale } = await getI18n();
  return (
    <ol className="flex flex-col gap-3">
      {studies.map((study) => (
        <li
          key={study.id}
          className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
          data-testid="study"
        >
          <h3 className="font-serif text-lg leading-snug" lang={study.titleLanguage}>
            <Link href={`/studies/${study.id}`} className="text-teal-900 underline-offset-2 hover:underline">
              {study.title}
            </Link>
            {study.titleDerived ? (
              <span
                lang={locale}
                className="ml-2 align-middle text-xs font-normal text-stone-600"
                title={t.search.titleDerivedHint}
              >
                {t.search.titleDerived}
              </span>
            ) : null}
          </h3>
          <StudyMetaLine study={study} />
        </li>
      ))}
    </ol>
  );
}
