import Link from 'next/link';
import type { StudyDetail } from '@/lib/db/types';
import { listStudyTitles } from '@/lib/db/list-study-titles';
import { getI18n } from '@/lib/i18n/get-i18n';

/** "Possibly the same study as ...": studies the ingest found to read very much like this one. */
export async function NearDuplicates({ study }: { study: StudyDetail }) {
  if (!study.nearDuplicates.length) return null;
  const { t } = await getI18n();
  const titles = await listStudyTitles(study.nearDuplicates.map((d) => d.id));
  if (!titles.length) return null;
  return (
    <aside
      aria-labelledby="near-duplicates"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
      data-testid="near-duplicates"
    >
      <h2 id="near-duplicates" className="font-semibold text-amber-900">
        {t.study.nearDuplicates}
      </h2>
      <p className="mb-2 text-amber-900">{t.study.nearDuplicatesBody}</p>
      <ul className="list-disc pl-5">
        {titles.map(({ id, title }) => (
          <li key={id}>
            <Link
              href={`/studies/${id}`}
              className="text-teal-800 underline underline-offset-2 hover:text-teal-950"
            >
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
