import type { Metadata } from 'next';
import Link from 'next/link';
import { listTextFor } from '@/components/reading-lists/list-text';
import { ListTextProvider } from '@/components/reading-lists/list-text-provider';
import { RememberedListsPanel } from '@/components/reading-lists/remembered-lists-panel';
import { getI18n, getLocale } from '@/lib/i18n/get-i18n';

export async function generateMetadata(): Promise<Metadata> {
  return { title: listTextFor(await getLocale()).index.heading };
}

export default async function ReadingListsPage() {
  const { locale, t: site } = await getI18n();
  const t = listTextFor(locale).index;
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-2xl">{t.heading}</h1>
          <p className="max-w-2xl text-stone-700">{t.intro}</p>
        </div>
        <Link
          href="/lists/new"
          className="rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2"
        >
          {t.newList}
        </Link>
      </header>
      <section aria-labelledby="mine">
        <h2 id="mine" className="mb-2 font-serif text-xl">
          {t.mine}
        </h2>
        <ListTextProvider locale={locale}>
          <RememberedListsPanel forgetText={site.listForget} />
        </ListTextProvider>
      </section>
    </div>
  );
}
