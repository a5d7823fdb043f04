import Link from 'next/link';
import { getI18n } from '@/lib/i18n/get-i18n';
import { toSearchQueryString } from '@/lib/search/search-params';
import type { SearchRequest } from '@/lib/search/types';

export async function Pagination({ request, total }: { request: SearchRequest; total: number }) {
  const pages = Math.ceil(total / request.size);
  if (pages <= 1) return null;
  const { t } = await getI18n();
  const link = (page: number, label: string) => (
    <Link
      href={`/${toSearchQueryString({ ...request, page })}`}
      className="rounded border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t.search.pages} className="mt-6 flex items-center gap-3 text-sm">
      {request.page > 1 ? link(request.page - 1, t.search.previous) : null}
      <span>{t.search.pageOf(request.page, pages)}</span>
      {request.page < pages ? link(request.page + 1, t.search.next) : null}
    </nav>
  );
}
