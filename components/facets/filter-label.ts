import type { Messages } from '@/lib/i18n/messages-en';

/** "Filter", or "Filter (2 active)" with the number of facet values chosen, for the phone's Filter button. */
export function filterLabel(
  t: Messages,
  { filters }: { filters: Partial<Record<string, readonly string[] | undefined>> },
): string {
  const active = Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  return active ? t.layout.filterActive(active) : t.layout.filter;
}
