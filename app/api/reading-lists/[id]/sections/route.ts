import { addSection } from '@/lib/reading-lists/add-section';
import { editTokenFrom, json, readJsonBody, respond } from '@/lib/reading-lists/http';

export const dynamic = 'force-dynamic';

/** Appends a section: `{ version, title }`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { id } = await params;
    return json({ list: await addSection(id, editTokenFrom(request), await readJsonBody(request)) });
  });
}
