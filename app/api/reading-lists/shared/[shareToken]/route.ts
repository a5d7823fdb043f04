import { getSharedList } from '@/lib/reading-lists/get-shared-list';
import { json, respond } from '@/lib/reading-lists/http';

export const dynamic = 'force-dynamic';

/** The read-only view students get from the share link. */
export async function GET(_request: Request, { params }: { params: Promise<{ shareToken: string }> }) {
  return respond(async () => json({ list: await getSharedList((await params).shareToken) }));
}
