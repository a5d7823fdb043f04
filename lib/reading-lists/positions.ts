import { ReadingListError } from './errors';
import type { Tx } from './edit-list';

/** Moves `id` to index `to` (clamped) within `ids`, returning the new order. */
export function moveInOrder<T>(ids: T[], id: T, to: number): T[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

export async function renumberSections(tx: Tx, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries())
    await tx.readingListSection.update({ where: { id }, data: { position } });
}

export async function renumberItems(tx: Tx, sectionId: number, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await tx.readingListItem.update({ where: { id }, data: { position, sectionId } });
  }
}

/** A section of this list, or 404: ids from another list are treated as unknown. */
export async function findSection(tx: Tx, listId: string, sectionId: number) {
  const section = await tx.readingListSection.findUnique({ where: { id: sectionId } });
  if (!section || section.listId !== listId) {
    throw new ReadingListError('not-found', `No section ${sectionId} in this list.`, 'sectionId');
  }
  return section;
}

export async function findItem(tx: Tx, listId: string, itemId: number) {
  const item = await tx.readingListItem.findUnique({ where: { id: itemId } });
  if (!item || item.listId !== listId)
    throw new ReadingListError('not-found', `No item ${itemId} in this list.`, 'itemId');
  return item;
}

export async function sectionItemIds(tx: Tx, sectionId: number): Promise<number[]> {
  const items = await tx.readingListItem.findMany({
    where: { sectionId },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  return items.map((item) => item.id);
}

export async function listSectionIds(tx: Tx, listId: string): Promise<number[]> {
  const sections = await tx.readingListSection.findMany({
    where: { listId },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  return sections.map((section) => section.id);
}
