import { notFound } from 'next/navigation';
import { ReadingListError } from '@/lib/reading-lists/errors';
import { getSharedList } from '@/lib/reading-lists/get-shared-list';

/** The shared list for a page, or the not-found page for an unknown or malformed share token. */
export async function loadShared(params: Promise<{ shareToken: string }>) {
  const { shareToken } = await params;
  try {
    return { shareToken, list: await getSharedList(shareToken) };
  } catch (error) {
    if (error instanceof ReadingListError && error.code === 'not-found') notFound();
    throw error;
  }
}
