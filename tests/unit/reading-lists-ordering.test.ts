import { describe, expect, it } from 'vitest';
import { neighbourMove, type SectionView } from '@/components/reading-lists/editor-types';
import { moveInOrder } from '@/lib/reading-lists/positions';

const section = (id: number, itemCount: number): SectionView => ({
  id,
  title: `S${id}`,
  items: Array.from({ length: itemCount }, (_, i) => ({
    id: id * 10 + i,
    studyId: `s${id}-${i}`,
    importance: 'essential' as const,
    note: null,
    question: null,
    study: null,
  })),
});

describe('ordering', () => {
  it('moves an id to a position, clamping out-of-range positions', () => {
    expect(moveInOrder([1, 2, 3], 1, 2)).toEqual([2, 3, 1]);
    expect(moveInOrder([1, 2, 3], 3, 0)).toEqual([3, 1, 2]);
    expect(moveInOrder([1, 2, 3], 2, 99)).toEqual([1, 3, 2]);
    expect(moveInOrder([1, 2], 5, 1)).toEqual([1, 5, 2]); // an item arriving from another section
  });

  it('moves up and down within a section and across section edges', () => {
    const sections = [section(1, 2), section(2, 1)];
    expect(neighbourMove(sections, 0, 1, -1)).toEqual({ sectionId: 1, position: 0 });
    expect(neighbourMove(sections, 0, 1, 1)).toEqual({ sectionId: 2, position: 0 });
    expect(neighbourMove(sections, 1, 0, -1)).toEqual({ sectionId: 1, position: 2 });
    expect(neighbourMove(sections, 0, 0, -1)).toBeNull();
    expect(neighbourMove(sections, 1, 0, 1)).toBeNull();
  });
});
