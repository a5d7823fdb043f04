import { NextResponse, type NextRequest } from 'next/server';
import { SearchIndexMissingError } from '@/lib/search/current-index';
import { runSuggest } from '@/lib/search/run-search';
import { suggestParamsSchema } from '@/lib/search/suggest-params';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = suggestParamsSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success)
    return NextResponse.json(
      { error: parsed.error.issues.map((i) => i.message).join('; ') },
      { status: 400 },
    );
  try {
    const suggestions = await runSuggest(parsed.data.q, parsed.data.limit);
    // The same prefix gives the same answer until the next ingest: a short cache spares a request per keystroke.
    return NextResponse.json({ suggestions }, { headers: { 'Cache-Control': 'private, max-age=60' } });
  } catch (error) {
    if (error instanceof SearchIndexMissingError)
      return NextResponse.json({ error: error.message }, { status: 503 });
    throw error;
  }
}
