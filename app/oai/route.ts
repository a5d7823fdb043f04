// The OAI-PMH 2.0 endpoint (lib/oai): harvesters ask by GET with a query string or by POST with a form body.
import { BodyTooLargeError, BodyUnreadableError, readBoundedText } from '@/lib/http/read-bounded-body';
import { publicBaseUrl } from '@/lib/http/public-base-url';
import { handleOaiRequest } from '@/lib/oai/handle-oai-request';

export const dynamic = 'force-dynamic';

// A request's arguments are a verb, an identifier or a token: a few hundred bytes.
const MAX_FORM_BYTES = 16 * 1024;
const XML = { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' };
const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

async function respond(request: Request, params: URLSearchParams): Promise<Response> {
  const baseUrl = publicBaseUrl(request.headers) ?? new URL(request.url).origin;
  return new Response(await handleOaiRequest(params, { baseUrl }), { headers: XML });
}

export async function GET(request: Request) {
  return respond(request, new URL(request.url).searchParams);
}

export async function POST(request: Request) {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    return new Response('OAI-PMH requests by POST must be application/x-www-form-urlencoded.\n', {
      status: 415,
      headers: TEXT,
    });
  let body: string;
  try {
    body = await readBoundedText(request, MAX_FORM_BYTES);
  } catch (error) {
    const status =
      error instanceof BodyTooLargeError ? 413 : error instanceof BodyUnreadableError ? 400 : null;
    if (status === null) throw error;
    return new Response(`${(error as Error).message}\n`, { status, headers: TEXT });
  }
  return respond(request, new URLSearchParams(body));
}
