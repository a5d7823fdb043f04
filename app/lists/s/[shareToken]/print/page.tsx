import type { Metadata } from 'next';
import { PrintList } from '@/components/reading-lists/print-list';
import { citeList } from '@/lib/citation/cite-list';
import { requestNonce } from '@/lib/http/request-nonce';
import { getLocale } from '@/lib/i18n/get-i18n';
import { loadShared } from '../load-shared';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ shareToken: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { list } = await loadShared(params);
  return { title: `${list.title} (print)`, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

export default async function PrintListPage({ params }: Props) {
  const { list } = await loadShared(params);
  // The print sheet's page rules are an inline <style>: the page's CSP admits it by the request's nonce.
  return (
    <PrintList list={list} apa={citeList(list)} locale={await getLocale()} nonce={await requestNonce()} />
  );
}
