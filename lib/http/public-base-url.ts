// The origin (and path prefix, if any) that absolute links are built on. Exports, "cite this" and meta tags leave
// the browser: a reference manager keeps them, so they must name the address users reach, not the one the server
// listens on (Next's request.url says http://localhost:3000 behind a proxy).
import { readEnv, type Env } from '../env';

// A host name, IPv4 or bracketed IPv6 address with an optional port: nothing else may reach a link, so a forged
// header cannot add a path, a user name, a quote or markup.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const PROTOCOL = /^https?$/;

interface HeaderSource {
  get(name: string): string | null;
}

/** A proxy chain appends to X-Forwarded-*: the first value is the one the client used. */
const firstValue = (value: string | null) => value?.split(',')[0]?.trim().toLowerCase() || null;

/**
 * `TELAAH_PUBLIC_URL` when set (without a trailing slash), else the request's own origin from `X-Forwarded-Host` /
 * `Host` and `X-Forwarded-Proto` (http when absent or not http/https; a malformed forwarded host falls back to `Host`). null
 * when no header names a valid host: a link is then left
 * out rather than pointed at a guess.
 */
export function publicBaseUrl(
  headers: HeaderSource,
  env: Pick<Env, 'TELAAH_PUBLIC_URL'> = readEnv(),
): string | null {
  if (env.TELAAH_PUBLIC_URL) return env.TELAAH_PUBLIC_URL.replace(/\/+$/, '');
  const host = [headers.get('x-forwarded-host'), headers.get('host')]
    .map(firstValue)
    .find((value) => value !== null && HOST.test(value));
  if (!host) return null;
  const forwarded = firstValue(headers.get('x-forwarded-proto'));
  const protocol = forwarded && PROTOCOL.test(forwarded) ? forwarded : 'http';
  return `${protocol}://${host}`;
}

/** An absolute URL for a path of the app (`/studies/x`), or null when the base is unknown. */
export function absoluteUrl(base: string | null, path: string): string | null {
  return base === null ? null : `${base}${path}`;
}
