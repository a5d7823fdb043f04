import type { SharedReadingList } from '../reading-lists/types';
import type { CslItem } from './csl-schema';
import { studyToCsl } from './study-to-csl';

/** The list's studies as CSL items, in list order; items whose study left the corpus are skipped. */
export function listToCsl(list: SharedReadingList, baseUrl?: string): CslItem[] {
  return list.sections.flatMap((section) =>
    section.items.flatMap((item) =>
      item.study ? [studyToCsl(item.study, baseUrl ? `${baseUrl}/studies/${item.study.id}` : undefined)] : [],
    ),
  );
}
