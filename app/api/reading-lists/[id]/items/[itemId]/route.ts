import { editTokenFrom, intParam, json, readJsonBody, respond } from '@/lib/reading-lists/http';
import { removeItem } from '@/lib/reading-lists/remove-item';
import { updateItem } from '@/lib/reading-lists/update-item';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; itemId: string }> };

/** Sets importance, note or guiding question: `{ version, importance?, note?, question? }`. */
export async function PATCH(request: Request, { params }: Context) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, itemId } = await params;
    const item = intParam(itemId, 'itemId');
    return json({ list: await updateItem(id, editTokenFrom(request), item, body) });
  });
}

/** Removes an item: `{ version }`. */
export async function DELETE(request: Request, { params }: Context) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, itemId } = await params;
    const item = intParam(itemId, 'itemId');
    return json({ list: await removeItem(id, editTokenFrom(request), item, body) });
  });
}
