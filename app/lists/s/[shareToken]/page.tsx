import type { Metadata } from 'next';
import { SharedListView } from '@/components/reading-lists/shared-list-view';
import { citeList } from '@/lib/citation/cite-list';
import { getLocale } from '@/lib/i18n/get-i18n';
import { loadShared } from './load-shared';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ shareToken: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = await loadShared(params);
  return { title: list.title, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

export default async function SharedListPage({ params }: Props) {
  const { list, shareToken } = await loadShared(params);
  return (
    <SharedListView list={list} shareToken={shareToken} apa={citeList(list)} locale={await getLocale()} />
  );
}
