// The interface language: which of the two languages the pages speak. Pure, so client and server can share it.
import { z } from 'zod';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The cookie that remembers the reader's choice; read on the server so the first paint is already translated. */
export const LOCALE_COOKIE = 'telaah-lang';
export const DEFAULT_LOCALE: Locale = 'en';

export const localeSchema = z.enum(LOCALES);

export function isLocale(value: unknown): value is Locale {
  return localeSchema.safeParse(value).success;
}

/**
 * The first of our two languages that an Accept-Language header prefers, by its q weights; null when it names
 * neither. Used only until the reader picks a language (then the cookie wins).
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', weight: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  // "in" is the retired ISO code for Indonesian that some old browsers still send.
  for (const { base } of ranked) {
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return null;
}

/** The cookie's value when valid, else the browser's preference, else the default. */
export function resolveLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}
