import { editTokenFrom, intParam, json, readJsonBody, respond } from '@/lib/reading-lists/http';
import { moveItem } from '@/lib/reading-lists/move-item';

export const dynamic = 'force-dynamic';

/** Moves an item: `{ version, position, sectionId? }` (0-based position in the target section). */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string; itemId: string }> },
) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, itemId } = await params;
    const item = intParam(itemId, 'itemId');
    return json({ list: await moveItem(id, editTokenFrom(request), item, body) });
  });
}
