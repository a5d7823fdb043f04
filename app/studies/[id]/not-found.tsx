import { getI18n } from '@/lib/i18n/get-i18n';
import { NotFoundPanel } from '@/components/ui/not-found-panel';

export default async function StudyNotFound() {
  const { t } = await getI18n();
  return (
    <NotFoundPanel
      title={t.study.notFoundTitle}
      body={t.study.notFoundBody}
      href="/"
      linkLabel={t.common.searchTheCorpus}
    />
  );
}
