// Domain shapes of reading lists that leave lib/reading-lists: pages, components and exports see these.
import type { StudySummary } from '../db/types';

export const IMPORTANCE = ['essential', 'further'] as const;
export type Importance = (typeof IMPORTANCE)[number];

export const LIST_LANGUAGES = ['en', 'id'] as const;
export type ListLanguage = (typeof LIST_LANGUAGES)[number];

/** What a reading list needs of a study: enough to show it, cite it and print its abstract. */
export interface ListStudy extends StudySummary {
  titles: { id: string | null; en: string | null };
  abstracts: { id: string | null; en: string | null };
  venue: string | null;
  volume: string | null;
  issue: string | null;
  affiliation: string | null;
  /** The study's DOI, bare, where its source states it (a harvested record, or a file merged with one). */
  doi?: string | null;
}

export interface ReadingListItemView {
  id: number;
  studyId: string;
  importance: Importance;
  note: string | null;
  question: string | null;
  /** null when the study has left the corpus since it was added. */
  study: ListStudy | null;
}

export interface ReadingListSectionView {
  id: number;
  title: string;
  items: ReadingListItemView[];
}

/** The owner's view (reached with the edit token). */
export interface ReadingListView {
  id: string;
  title: string;
  course: string | null;
  description: string | null;
  language: ListLanguage;
  version: number;
  createdAt: string;
  updatedAt: string;
  shareToken: string;
  sections: ReadingListSectionView[];
}

/** The students' view (reached with the share token): no id, no tokens. */
export type SharedReadingList = Omit<ReadingListView, 'id' | 'shareToken'>;

export function toSharedList(list: ReadingListView): SharedReadingList {
  const { id: _id, shareToken: _share, ...shared } = list;
  return shared;
}
