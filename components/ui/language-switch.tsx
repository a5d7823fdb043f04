import { getI18n } from '@/lib/i18n/get-i18n';
import { LOCALES } from '@/lib/i18n/locale';
import { setLocale } from '@/lib/i18n/set-locale';

/**
 * Two buttons that set the interface language. A server action behind a plain form: it works without JavaScript,
 * ships no client component, and the cookie it sets is read on the server for every later page.
 */
export async function LanguageSwitch() {
  const { locale, t } = await getI18n();
  return (
    <form
      action={setLocale}
      className="flex items-center gap-1 text-sm"
      aria-label={t.language.label}
      role="group"
    >
      {LOCALES.map((code) => {
        const current = code === locale;
        return (
          <button
            key={code}
            type="submit"
            name="lang"
            value={code}
            lang={code}
            aria-pressed={current}
            data-testid={`language-${code}`}
            className={`rounded px-2 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 ${current ? 'bg-teal-800 font-medium text-white' : 'text-teal-900 underline-offset-2 hover:bg-teal-50 hover:underline'}`}
          >
            {t.language[code]}
          </button>
        );
      })}
    </form>
  );
}
