import type { Metadata } from 'next';
import { z } from 'zod';
import { NewListForm } from '@/components/reading-lists/new-list-form';
import { studyIdSchema } from '@/lib/reading-lists/schemas';

export const metadata: Metadata = { title: 'New reading list' };

const searchSchema = z.object({ add: studyIdSchema.optional().catch(undefined) });

export default async function NewListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { add } = searchSchema.parse(await searchParams);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="font-serif text-2xl">New reading list</h1>
      <NewListForm addStudyId={add} />
    </div>
  );
}
