import { getI18n } from '@/lib/i18n/get-i18n';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export default async function FrameworkNotFound() {
  const { t } = await getI18n();
  return (
    <NotFoundPanel
      title={t.frameworks.notFoundTitle}
      body={t.frameworks.notFoundBody}
      href="/frameworks"
      linkLabel={t.frameworks.title}
    />
  );
}
