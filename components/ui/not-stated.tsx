import { getI18n } from '@/lib/i18n/get-i18n';

/** How every page shows a value the source does not give: visibly unknown, never invented. */
export async function NotStated() {
  const { t } = await getI18n();
  return <span className="text-stone-600 italic">{t.common.notStated}</span>;
}
