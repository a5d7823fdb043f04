import { editTokenFrom, intParam, json, readJsonBody, respond } from '@/lib/reading-lists/http';
import { removeSection } from '@/lib/reading-lists/remove-section';
import { renameSection } from '@/lib/reading-lists/rename-section';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; sectionId: string }> };

/** Renames a section: `{ version, title }`. */
export async function PATCH(request: Request, { params }: Context) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, sectionId } = await params;
    const section = intParam(sectionId, 'sectionId');
    return json({
      list: await renameSection(id, editTokenFrom(request), section, body),
    });
  });
}

/** Removes a section (its items move to a neighbour): `{ version }`. */
export async function DELETE(request: Request, { params }: Context) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, sectionId } = await params;
    const section = intParam(sectionId, 'sectionId');
    return json({
      list: await removeSection(id, editTokenFrom(request), section, body),
    });
  });
}
