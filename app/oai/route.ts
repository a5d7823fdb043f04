// The OAI-PMH 2.0 endpoint (lib/oai): harvesters ask by GET with a query string or by POST with a form body.
import { BodyTooLargeError, readBoundedText } from '@/lib/http/read-bounded-body';
import { publicBaseUrl } from '@/lib/http/public-base-url';
import { handleOaiRequest } from '@/lib/oai/handle-oai-request';

export const dynamic = 'force-dynamic';

// A request's arguments are a verb, an identifier or a token: a few hundred bytes.
const MAX_FORM_BYTES = 16 * 1024;
const XML = { 'content-type': 'text/xml; charset=utf-8', 'cache-control': 'no-store' };

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
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  try {
    return respond(request, new URLSearchParams(await readBoundedText(request, MAX_FORM_BYTES)));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return new Response(`${error.message}\n`, {
      status: 413,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
}
