import { exportList, exportQuerySchema } from '@/lib/citation/export-list';
import { publicBaseUrl } from '@/lib/http/public-base-url';
import { getSharedList } from '@/lib/reading-lists/get-shared-list';
import { respond } from '@/lib/reading-lists/http';
import { parseInput } from '@/lib/reading-lists/parse-input';

export const dynamic = 'force-dynamic';

/** `?format=bibtex|ris|csl-json|apa-txt|apa-html[&lang=en|id]`: the list as a file to download. */
export async function GET(request: Request, { params }: { params: Promise<{ shareToken: string }> }) {
  return respond(async () => {
    const url = new URL(request.url);
    const query = parseInput(exportQuerySchema, Object.fromEntries(url.searchParams));
    const list = await getSharedList((await params).shareToken);
    const file = exportList(list, query.format, {
      language: query.lang,
      baseUrl: publicBaseUrl(request.headers),
    });
    return new Response(file.body, {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  });
}
