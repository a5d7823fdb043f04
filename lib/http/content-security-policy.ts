// The Content-Security-Policy of every page. Next.js's App Router writes inline <script> tags (the bootstrap and
// the flight data, different on every render), so scripts are allowed by a per-request nonce that Next.js puts on
// each of its tags; 'strict-dynamic' lets those scripts load the app's chunks. Every page already renders per
// request (the layout reads the language cookie), so nonces cost no static rendering.

/** A fresh 128-bit nonce, base64. Web Crypto, because proxy.ts may run outside Node's own modules. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
