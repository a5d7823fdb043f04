import { listTextFor } from '@/components/reading-lists/list-text';
import { getLocale } from '@/lib/i18n/get-i18n';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export default async function ListNotFound() {
  const t = listTextFor(await getLocale()).errors;
  return <NotFoundPanel title={t.notFound} body={t.notFoundBody} href="/lists" linkLabel={t.yourLists} />;
}
