'use client';
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { listTextFor, type ListText } from './list-text';
import { listTextEn } from './list-text-en';

const ListTextContext = createContext<ListText>(listTextEn);

export function ListTextProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <ListTextContext.Provider value={listTextFor(locale)}>{children}</ListTextContext.Provider>;
}

export const useListText = () => useContext(ListTextContext);
