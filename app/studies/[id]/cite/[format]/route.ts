// A study as a .bib, .ris or CSL-JSON file: `/studies/ID/cite/bibtex|ris|csl-json`.
import { z } from 'zod';
import { exportStudy, studyExportFormatSchema } from '@/lib/citation/export-study';
import { getStudy } from '@/lib/db/get-study';
import { publicBaseUrl } from '@/lib/http/public-base-url';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,200}$/),
  format: studyExportFormatSchema,
});

export async function GET(request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const study = parsed.success ? await getStudy(parsed.data.id) : null;
  if (!parsed.success || !study)
    return new Response('No such study or citation format (bibtex, ris or csl-json).', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const file = exportStudy(study, parsed.data.format, publicBaseUrl(request.headers));
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    },
  });
}
