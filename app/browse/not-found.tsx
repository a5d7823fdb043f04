import { getI18n } from '@/lib/i18n/get-i18n';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export default async function BrowseNotFound() {
  const { t } = await getI18n();
  return (
    <NotFoundPanel
      title={t.common.notFoundTitle}
      body={t.common.notFoundBody}
      href="/browse"
      linkLabel={t.browse.title}
    />
  );
}
