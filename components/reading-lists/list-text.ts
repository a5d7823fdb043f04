// The reading-list interface text in the request's interface language. Server components call listTextFor(locale);
// client components use useListText() under ListTextProvider (functions cannot cross to the client as props, so
// the locale travels and each side looks the dictionary up itself).
import type { Locale } from '@/lib/i18n/locale';
import { listTextEn, type ListText } from './list-text-en';
import { listTextId } from './list-text-id';

export type { ListText };

export const listTextFor = (locale: Locale): ListText => (locale === 'id' ? listTextId : listTextEn);
