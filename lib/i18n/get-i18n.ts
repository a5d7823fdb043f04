import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { messagesFor } from './messages';
import { LOCALE_COOKIE, resolveLocale, type Locale } from './locale';

/** The request's interface language; cached so every server component of one request agrees without re-reading. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
});

/** The language and its dictionary, for server components: `const { t, locale } = await getI18n()`. */
export async function getI18n() {
  const locale = await getLocale();
  return { locale, t: messagesFor(locale) };
}
