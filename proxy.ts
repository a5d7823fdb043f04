// Runs before every page (and every API path with a percent sign) is routed, for two things Next.js cannot do
// from configuration: a Content-Security-Policy with a fresh nonce per page, and a clean 400/404 for paths whose
// percent-encoding is malformed (Next's own decoding would answer a bare 500). The other security headers are
// static and set for every response in next.config.js.
//
// Bodies: Next.js copies a request body for the proxy (up to experimental.proxyClientMaxBodySize, see
// next.config.js) and waits for its end, so API requests, which stream their bodies under a byte limit
// (lib/http/read-bounded-body.ts), reach the proxy only when their path is suspect.
import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, pagePolicy } from '@/lib/http/content-security-policy';
import { hasBadPercentEncoding } from '@/lib/http/path-encoding';

const BAD_PATH = 'This address is not valid: it has a malformed percent-encoded character.';

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const badPath = hasBadPercentEncoding(pathname);
  if (pathname.startsWith('/api/')) {
    if (!badPath) return NextResponse.next();
    return Response.json(
      { error: { code: 'invalid', message: BAD_PATH } },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  }
  const policy = pagePolicy(createNonce());
  // Next.js reads the nonce from the request's policy header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // A malformed path cannot name a study, list or framework: it gets the not-found page (a 404 with the layout).
  const response = badPath
    ? NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Pages, not built assets. Any method: a language switch without JavaScript posts to the page.
    '/((?!api/|_next/static/|_next/image|favicon\\.ico).*)',
    // API paths only when they hold a percent sign, so a normal API body is never copied for the proxy.
    '/api/(.*%.*)',
  ],
};
