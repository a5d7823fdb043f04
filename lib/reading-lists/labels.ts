// The few words a reading list prints in its own language (exports, print view, students' page).
import type { Importance, ListLanguage } from './types';

export interface ListLabels {
  importance: Record<Importance, string>;
  question: string;
  note: string;
  inText: string;
  course: string;
  missing: string;
  references: string;
  abstract: string;
}

export const LIST_LABELS: Record<ListLanguage, ListLabels> = {
  en: {
    importance: { essential: 'Essential', further: 'Further reading' },
    question: 'Guiding question',
    note: 'Note',
    inText: 'Cite as',
    course: 'Course',
    missing: 'This study is no longer in the corpus.',
    references: 'References',
    abstract: 'Abstract',
  },
  id: {
    importance: { essential: 'Wajib', further: 'Bacaan tambahan' },
    question: 'Pertanyaan panduan',
    note: 'Catatan',
    inText: 'Kutip sebagai',
    course: 'Mata kuliah',
    missing: 'Studi ini sudah tidak ada di korpus.',
    references: 'Daftar pustaka',
    abstract: 'Abstrak',
  },
};
