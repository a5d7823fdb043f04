import type { Metadata } from 'next';
import { z } from 'zod';
import { listTextFor } from '@/components/reading-lists/list-text';
import { ListTextProvider } from '@/components/reading-lists/list-text-provider';
import { NewListForm } from '@/components/reading-lists/new-list-form';
import { getLocale } from '@/lib/i18n/get-i18n';
import { studyIdSchema } from '@/lib/reading-lists/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: listTextFor(await getLocale()).create.heading };
}

const searchSchema = z.object({ add: studyIdSchema.optional().catch(undefined) });

export default async function NewListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { add } = searchSchema.parse(await searchParams);
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-2xl">{listTextFor(locale).create.heading}</h1>
      <ListTextProvider locale={locale}>
        <NewListForm addStudyId={add} />
      </ListTextProvider>
    </div>
  );
}
