'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { listTextFor, type ListText } from './list-text';
import { listTextEn } from './list-text-en';

const ListTextContext = createContext<ListText>(listTextEn);
const ListLocaleContext = createContext<Locale>('en');

export function ListTextProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <ListLocaleContext.Provider value={locale}>
      <ListTextContext.Provider value={listTextFor(locale)}>{children}</ListTextContext.Provider>
    </ListLocaleContext.Provider>
  );
}

export const useListText = () => useContext(ListTextContext);

/** The interface language the provider was given (a study's title is shown in it). */
export const useListLocale = () => useContext(ListLocaleContext);
