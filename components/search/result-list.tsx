import type { StudySummary } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { SearchHit } from '@/lib/search/types';
import { AddToListButton } from '../reading-lists/add-to-list-button';
import { StudyMetaLine } from '../study/study-meta-line';
import { StudyTitle } from '../study/study-title';
import { AuthorLinks } from './author-links';

export async function ResultList({ hits }: { hits: SearchHit[] }) {
  const { t } = await getI18n();
  return (
    <ol className="flex flex-col gap-4" aria-label={t.search.results}>
      {hits.map((hit) => {
        const study = hit.display as unknown as StudySummary;
        return (
          <li
            key={hit.id}
            className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
            data-testid="result"
          >
            <StudyTitle study={study} />
            <AuthorLinks authors={study.authors ?? []} />
            <StudyMetaLine study={study} />
            <AddToListButton studyId={hit.id} title={study.title} />
            {hit.snippet ? (
              <p className="mt-2 text-sm leading-relaxed text-stone-800">
                <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">
                  {hit.snippet.section}
                </span>
                {/* The search library escapes the document text and adds only <mark> elements. */}
                <span dangerouslySetInnerHTML={{ __html: hit.snippet.html }} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
