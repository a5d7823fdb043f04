import { describe, expect, it } from 'vitest';
import {
  candidateIds,
  isValidStudyId,
  MAX_STUDY_ID_LENGTH,
  readableSlug,
  StudyIdAllocator,
  StudyIdCollisionError,
} from '@/lib/ingest/study-ids';

const allocateAll = (paths: string[]) => {
  const allocator = new StudyIdAllocator();
  return paths.map((p) => allocator.allocate(p));
};

describe('study ids', () => {
  it('are the readable path without extension where that is free', () => {
    expect(readableSlug('000_ca4bf7d1b30f51f4.txt')).toBe('000_ca4bf7d1b30f51f4');
    expect(readableSlug('Unpad/Skripsi Ñame.md')).toBe('unpad--skripsi-name');
    expect(allocateAll(['theses/ijm-2019.txt'])).toEqual(['theses--ijm-2019']);
  });

  it('differ for paths that read the same: extension, case, spaces, folders', () => {
    for (const pair of [
      ['a.md', 'a.txt'],
      ['A.txt', 'a.txt'],
      ['a b.txt', 'a-b.txt'],
      ['a--b.txt', 'a/b.txt'],
    ]) {
      const [first, second] = allocateAll(pair);
      expect(first).toBe(readableSlug(pair[0] ?? ''));
      expect(second).not.toBe(first);
      expect(second?.startsWith(`${first}-`)).toBe(true);
    }
  });

  it('are never empty, even for names in a non-Latin script', () => {
    const ids = allocateAll(['논문.txt', 'статья.txt', 'رسالة.md']);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(isValidStudyId(id)).toBe(true);
    expect(ids[0]).toMatch(/^study-[0-9a-f]{8}$/);
  });

  it('are bounded in length, and long paths that share a beginning still differ', () => {
    const long = 'x'.repeat(300);
    const ids = allocateAll([`${long}-one.txt`, `${long}-two.txt`]);
    expect(ids[0]).not.toBe(ids[1]);
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(MAX_STUDY_ID_LENGTH);
      expect(isValidStudyId(id)).toBe(true);
    }
  });

  it('keep an id already stored, and never hand it to another file', () => {
    const allocator = new StudyIdAllocator();
    expect(allocator.keep('a.txt', 'a')).toBe(true);
    expect(allocator.allocate('A.txt')).toMatch(/^a-[0-9a-f]{8}$/);
    expect(allocator.keep('b.txt', 'a')).toBe(false);
    expect(allocator.keep('c.txt', '')).toBe(false);
  });

  it('refuse with an error naming the files when every candidate is taken', () => {
    const allocator = new StudyIdAllocator();
    for (const id of candidateIds('a.txt')) allocator.keep(`holder-of-${id}.txt`, id);
    expect(() => allocator.allocate('a.txt')).toThrow(StudyIdCollisionError);
    expect(() => allocator.allocate('a.txt')).toThrow(/holder-of-a\.txt/);
  });
});
