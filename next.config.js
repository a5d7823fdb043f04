// Native and WebAssembly packages stay outside the server bundle so Node loads them as installed.
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
};

export default nextConfig;
