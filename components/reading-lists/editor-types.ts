import type { ReadingListView } from '@/lib/reading-lists/types';

/** Sends one edit of the list (the editor adds the version); resolves true when it was saved. */
export type EditList = (
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: Record<string, unknown>,
  done: string,
  focusId?: string,
) => Promise<boolean>;

export type SectionView = ReadingListView['sections'][number];
export type ItemView = SectionView['items'][number];

/** Where an item goes with "move up"/"move down": within its section, or across into the neighbouring one. */
export function neighbourMove(
  sections: SectionView[],
  sectionIndex: number,
  itemIndex: number,
  step: -1 | 1,
) {
  const section = sections[sectionIndex];
  if (!section) return null;
  const target = itemIndex + step;
  if (target >= 0 && target < section.items.length) return { sectionId: section.id, position: target };
  const other = sections[sectionIndex + step];
  if (!other) return null;
  return { sectionId: other.id, position: step === -1 ? other.items.length : 0 };
}

export const buttonClass =
  'rounded-md border border-stone-300 bg-white px-2.5 py-1 text-sm text-stone-800 hover:bg-stone-100 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 disabled:cursor-not-allowed disabled:opacity-40';
export const primaryButtonClass =
  'rounded-md bg-teal-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-teal-900 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:ring-offset-2 disabled:opacity-50';
export const inputClass =
  'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm ' +
  'focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/30';
