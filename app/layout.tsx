import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { requestBaseUrl } from '@/lib/http/request-base-url';
import { getI18n } from '@/lib/i18n/get-i18n';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t, locale } = await getI18n();
  const baseUrl = await requestBaseUrl();
  return {
    // Relative Open Graph and canonical URLs resolve against the public address, not the listening one.
    ...(baseUrl ? { metadataBase: new URL(baseUrl) } : {}),
    title: { default: 'Telaah', template: '%s · Telaah' },
    description: t.site.description,
    openGraph: { siteName: 'Telaah', locale: locale === 'id' ? 'id_ID' : 'en_GB', type: 'website' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

const NAV = [
  ['/', 'search'],
  ['/browse', 'browse'],
  ['/timeline', 'timeline'],
  ['/frameworks', 'frameworks'],
  ['/compare', 'compare'],
  ['/lists', 'lists'],
] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getI18n();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t.site.skipToContent}
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-teal-900">
              Telaah
            </Link>
            <span className="hidden text-sm text-stone-600 lg:inline">{t.site.tagline}</span>
            <div className="ml-auto">
              <LanguageSwitch />
            </div>
            <nav aria-label={t.site.mainNav} className="w-full">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {NAV.map(([href, key]) => (
                  <li key={href}>
                    <Link href={href} className="text-teal-900 underline-offset-2 hover:underline">
                      {t.nav[key]}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
