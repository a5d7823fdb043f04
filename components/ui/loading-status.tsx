import { getI18n } from '@/lib/i18n/get-i18n';

export async function LoadingStatus() {
  const { t } = await getI18n();
  return (
    <div role="status" aria-live="polite" className="animate-pulse text-stone-600">
      {t.common.loading}
    </div>
  );
}
