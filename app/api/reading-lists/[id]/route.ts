import { deleteList } from '@/lib/reading-lists/delete-list';
import { getList } from '@/lib/reading-lists/get-list';
import { editTokenFrom, json, readJsonBody, respond } from '@/lib/reading-lists/http';
import { updateList } from '@/lib/reading-lists/update-list';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** The owner's view of the list (needs the edit token). */
export async function GET(request: Request, { params }: Context) {
  return respond(async () => json({ list: await getList((await params).id, editTokenFrom(request)) }));
}

/** Rename, or change course/description/language: `{ version, title?, course?, description?, language? }`. */
export async function PATCH(request: Request, { params }: Context) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id } = await params;
    return json({ list: await updateList(id, editTokenFrom(request), body) });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return respond(async () => {
    await deleteList((await params).id, editTokenFrom(request));
    return new Response(null, { status: 204 });
  });
}
