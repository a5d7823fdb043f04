import { describe, expect, it } from 'vitest';
import { negotiateLocale, resolveLocale } from '@/lib/i18n/locale';

describe('choosing the interface language', () => {
  it('takes the remembered choice from the cookie first', () => {
    expect(resolveLocale('id', 'en-US,en;q=0.9')).toBe('id');
    expect(resolveLocale('en', 'id-ID')).toBe('en');
  });

  it('ignores a cookie that is not one of the two languages', () => {
    expect(resolveLocale('fr', 'id-ID,id;q=0.9')).toBe('id');
  });

  it('follows the browser preference by weight, then falls back to English', () => {
    expect(negotiateLocale('fr-FR,id;q=0.8,en;q=0.5')).toBe('id');
    expect(negotiateLocale('en;q=0.4,id;q=0.9')).toBe('id');
    expect(negotiateLocale('in-ID')).toBe('id');
    expect(negotiateLocale('en-GB')).toBe('en');
    expect(negotiateLocale('fr,de;q=0.5')).toBeNull();
    expect(negotiateLocale('id;q=0,en')).toBe('en');
    expect(resolveLocale(undefined, null)).toBe('en');
  });
});
