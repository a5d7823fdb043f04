import { createList } from '@/lib/reading-lists/create-list';
import { json, readJsonBody, respond } from '@/lib/reading-lists/http';

export const dynamic = 'force-dynamic';

/** Creates a list. The edit token is in this response only: the owner's edit link is built from it. */
export async function POST(request: Request) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { list, editToken } = await createList(body);
    const editPath = `/lists/${list.id}/edit?token=${editToken}`;
    return json({ list, editToken, editPath, sharePath: `/lists/s/${list.shareToken}` }, 201);
  });
}
