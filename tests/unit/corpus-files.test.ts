import { describe, expect, it } from 'vitest';
import { studyIdFor } from '@/lib/ingest/corpus-files';

describe('study ids', () => {
  it('are the file path without extension, URL-safe and stable', () => {
    expect(studyIdFor('000_ca4bf7d1b30f51f4.txt')).toBe('000_ca4bf7d1b30f51f4');
    expect(studyIdFor('Unpad/Skripsi Ñame.md')).toBe('unpad--skripsi-name');
  });
});
