// The original file of a study (a PDF), as the store keeps it: opened in the browser's viewer, where a link's
// `#page=N` goes to the page a field or quote was read from.
import { z } from 'zod';
import { getStudyOriginal } from '@/lib/db/get-study-original';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9_-]{1,200}$/) });

/** A file name for Content-Disposition: plain ASCII as a fallback, the exact name in RFC 5987 form. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<unknown> }) {
  const parsed = paramsSchema.safeParse(await params);
  const original = parsed.success ? await getStudyOriginal(parsed.data.id) : null;
  if (!original)
    return new Response('This study has no original file in the store.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  // A harvested record's XML is shown as text: served as XML, markup a repository put in it could run as a page.
  const contentType =
    original.mediaType === 'application/pdf' ? original.mediaType : 'text/plain; charset=utf-8';
  return new Response(original.bytes, {
    headers: {
      'content-type': contentType,
      'content-length': String(original.bytes.byteLength),
      'content-disposition': disposition(original.fileName),
      etag: `"${original.contentHash}"`,
      'cache-control': 'private, max-age=300',
    },
  });
}
