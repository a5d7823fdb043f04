// The few strings an error boundary shows. Error boundaries are client components that get no props from the
// server, so they read the page's <html lang> and take these strings alone rather than the whole dictionary.
import type { Locale } from './locale';

export const errorMessages: Record<
  Locale,
  { somethingWrong: string; unexpectedError: string; tryAgain: string }
> = {
  en: {
    somethingWrong: 'Something went wrong',
    unexpectedError: 'an unexpected error',
    tryAgain: 'Try again',
  },
  id: {
    somethingWrong: 'Terjadi kesalahan',
    unexpectedError: 'kesalahan tak terduga',
    tryAgain: 'Coba lagi',
  },
};
