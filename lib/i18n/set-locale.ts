'use server';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, localeSchema } from './locale';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switch's form action. Setting the cookie inside a server action makes Next.js render the current
 * page again in the new language, with JavaScript (router refresh) and without it (the form posts to the page).
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get('lang'));
  if (!parsed.success) return;
  const store = await cookies();
  store.set(LOCALE_COOKIE, parsed.data, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' });
}
