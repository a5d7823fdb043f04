import { createList } from '@/lib/reading-lists/create-list';
import { json, readJsonBody, respond } from '@/lib/reading-lists/http';

export const dynamic = 'force-dynamic';

/** Creates a list. The edit token is in this response only: the owner's edit link is built from it. */
export async function POST(request: Request) {
  return respond(async () => {
    const { list, editToken } = await createList(await readJsonBody(request));
    const editPath = `/lists/${list.id}/edit?token=${editToken}`;
    return json({ list, editToken, editPath, sharePath: `/lists/s/${list.shareToken}` }, 201);
  });
}
