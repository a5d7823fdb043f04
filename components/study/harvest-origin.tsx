import type { StudyDetail } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';

const linkClass = 'text-teal-800 underline underline-offset-2 hover:text-teal-950';

/**
 * Where a study came from when it was harvested over OAI-PMH (or which records were merged into a study from a
 * file): the repository, the record's identifier, and the study's own landing page and DOI.
 */
export async function HarvestOrigin({ study }: { study: StudyDetail }) {
  if (!study.harvested.length && !study.doi && !study.url) return null;
  const { t } = await getI18n();
  return (
    <div className="flex flex-col gap-1 text-sm text-stone-700" data-testid="harvest-origin">
      {study.harvested.map((record) => (
        <p key={`${record.source.key} ${record.identifier}`}>
          {record.merged ? t.study.mergedWith : t.study.harvestedFrom}{' '}
          <span className="font-medium">{record.source.repositoryName ?? record.source.baseUrl}</span>,{' '}
          {t.study.recordLabel} <code className="text-xs break-all">{record.identifier}</code>
        </p>
      ))}
      {study.url || study.doi ? (
        <p className="flex flex-wrap gap-x-3">
          {study.url ? (
            <a href={study.url} className={linkClass} rel="noopener noreferrer">
              {t.study.landingPage}
            </a>
          ) : null}
          {study.doi ? (
            <a href={`https://doi.org/${study.doi}`} className={linkClass} rel="noopener noreferrer">
              doi:{study.doi}
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
