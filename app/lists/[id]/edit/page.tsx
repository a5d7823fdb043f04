import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ListEditor } from '@/components/reading-lists/list-editor';
import { listTextFor } from '@/components/reading-lists/list-text';
import { ListTextProvider } from '@/components/reading-lists/list-text-provider';
import { requestBaseUrl } from '@/lib/http/request-base-url';
import { getI18n, getLocale } from '@/lib/i18n/get-i18n';
import { ReadingListError } from '@/lib/reading-lists/errors';
import { getList } from '@/lib/reading-lists/get-list';

export const dynamic = 'force-dynamic';

// The edit token is in this page's URL: keep it out of Referer headers and search engines.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: listTextFor(await getLocale()).editor.kicker,
    referrer: 'no-referrer',
    robots: { index: false, follow: false },
  };
}

const searchSchema = z.object({ token: z.string().max(200).optional().catch(undefined) });

export default async function EditListPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { token } = searchSchema.parse(await searchParams);
  const { locale, t: site } = await getI18n();
  const t = listTextFor(locale).errors;
  let list;
  try {
    list = await getList(id, token);
  } catch (error) {
    if (!(error instanceof ReadingListError)) throw error;
    if (error.code === 'not-found') notFound();
    return (
      <div
        role="alert"
        className="flex flex-col gap-2 rounded-md border border-red-300 bg-red-50 p-4 text-red-900"
      >
        <h1 className="font-serif text-xl">{t.badEditLink}</h1>
        <p>
          {error.message} {t.badEditLinkHelp}
        </p>
      </div>
    );
  }
  return (
    <ListTextProvider locale={locale}>
      <ListEditor
        initial={list}
        token={token as string}
        draftText={site.listDrafts}
        baseUrl={await requestBaseUrl()}
      />
    </ListTextProvider>
  );
}
