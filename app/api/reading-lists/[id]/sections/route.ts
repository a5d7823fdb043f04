import { addSection } from '@/lib/reading-lists/add-section';
import { editTokenFrom, json, readJsonBody, respond } from '@/lib/reading-lists/http';

export const dynamic = 'force-dynamic';

/** Appends a section: `{ version, title }`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    // The body first: an over-long one is refused before the token or anything else is looked at.
    const body = await readJsonBody(request);
    const { id } = await params;
    return json({ list: await addSection(id, editTokenFrom(request), body) });
  });
}
