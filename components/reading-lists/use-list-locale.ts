'use client';
import type { Locale } from '@/lib/i18n/locale';
import { listTextId } from './list-text-id';
import { useListText } from './list-text-provider';

/** The interface language under ListTextProvider: its dictionary is one of the two constants listTextFor returns. */
export const useListLocale = (): Locale => (useListText() === listTextId ? 'id' : 'en');
