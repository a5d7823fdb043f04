// The typed dictionary of the interface: one object per language, picked by the request's locale.
import type { Locale } from './locale';
import { en, type Messages } from './messages-en';
import { id } from './messages-id';

export type { Messages };

const dictionaries: Record<Locale, Messages> = { en, id };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}
