// Native and WebAssembly packages stay outside the server bundle so Node loads them as installed.

// Security headers for every response: pages, API, built assets, errors. Pages get their nonce-based
// Content-Security-Policy from proxy.ts, which replaces this one; this strict one covers what is not a page (JSON,
// downloads, assets), none of which needs to run or load anything.
const securityHeaders = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    'flexsearch',
    'snowball-stemmers',
  ],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Next.js copies a request body for proxy.ts up to this size (default 10 MB). Pages take only tiny form posts
    // (the language switch), and API bodies skip the proxy, so a copy never needs more than this.
    proxyClientMaxBodySize: '64kb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
