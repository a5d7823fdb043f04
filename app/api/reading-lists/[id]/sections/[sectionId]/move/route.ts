import { editTokenFrom, intParam, json, readJsonBody, respond } from '@/lib/reading-lists/http';
import { moveSection } from '@/lib/reading-lists/move-section';

export const dynamic = 'force-dynamic';

/** Moves a section: `{ version, position }` (0-based). */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ id: string; sectionId: string }> },
) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id, sectionId } = await params;
    const section = intParam(sectionId, 'sectionId');
    return json({
      list: await moveSection(id, editTokenFrom(request), section, body),
    });
  });
}
