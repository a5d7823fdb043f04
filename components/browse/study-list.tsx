import { StudyMetaLine } from '@/components/study/study-meta-line';
import { StudyTitle } from '@/components/study/study-title';
import type { StudySummary } from '@/lib/db/types';

/** Studies as cards with title and the shared meta line (organisation · country · period · kind). */
export function StudyList({ studies }: { studies: StudySummary[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {studies.map((study) => (
        <li
          key={study.id}
          className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
          data-testid="study"
        >
          <StudyTitle study={study} />
          <StudyMetaLine study={study} />
        </li>
      ))}
    </ol>
  );
}
