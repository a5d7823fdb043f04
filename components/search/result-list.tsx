import Link from 'next/link';
import type { StudySummary } from '@/lib/db/types';
import type { SearchHit } from '@/lib/search/types';
import { StudyMetaLine } from '../study/study-meta-line';

export function ResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="flex flex-col gap-4" aria-label="Results">
      {hits.map((hit) => {
        const study = hit.display as unknown as StudySummary;
        return (
          <li key={hit.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm" data-testid="result">
            <h3 className="font-serif text-lg leading-snug">
              <Link href={`/studies/${hit.id}`} className="text-teal-900 underline-offset-2 hover:underline">
                {study.title}
              </Link>
              {study.titleDerived ? (
                <span className="ml-2 align-middle text-xs font-normal text-stone-500" title="No title in the source; made from the abstract">
                  (title derived)
                </span>
              ) : null}
            </h3>
            <StudyMetaLine study={study} />
            {hit.snippet ? (
              <p className="mt-2 text-sm leading-relaxed text-stone-800">
                <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{hit.snippet.section}</span>
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
