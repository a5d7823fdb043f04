import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';
import { toSearchQueryString } from '@/lib/search/search-params';
import type { SearchRequest } from '@/lib/search/types';

/** "Did you mean ...?" as a link to the corrected search, keeping the other settings. */
export async function DidYouMean({ request, suggestion }: { request: SearchRequest; suggestion: string }) {
  const { t } = await getI18n();
  return (
    <p className="mb-3 text-stone-800" data-testid="did-you-mean">
      {t.searchTools.didYouMean}{' '}
      <Link
        href={`/${toSearchQueryString({ ...request, q: suggestion, page: 1 })}`}
        className="font-medium text-teal-800 underline underline-offset-2"
      >
        {suggestion}
      </Link>
      ?
    </p>
  );
}
