import Link from 'next/link';
import { titleIn } from '@/lib/db/title-in';
import type { StudySummary } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';

/** A study card's heading: the title linking to the study, marked when it was derived from the abstract. */
export async function StudyTitle({ study }: { study: StudySummary }) {
  const { t, locale } = await getI18n();
  const title = titleIn(study, locale);
  return (
    <h3 className="font-serif text-lg leading-snug" lang={title.language}>
      <Link href={`/studies/${study.id}`} className="text-teal-900 underline-offset-2 hover:underline">
        {title.text}
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
  );
}
