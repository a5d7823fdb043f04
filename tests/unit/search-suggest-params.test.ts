import { describe, expect, it } from 'vitest';
import { buildSearchIndex, suggest } from '@/lib/search';
import { suggestParamsSchema } from '@/lib/search/suggest-params';
import { fixtureStudies } from '../../scripts/bench/corpus-fixtures';

describe('suggestions as you type', () => {
  it('validates the prefix and the limit', () => {
    expect(suggestParamsSchema.parse({ q: ' perdag ' })).toEqual({ q: 'perdag', limit: 8 });
    expect(suggestParamsSchema.safeParse({ q: '' }).success).toBe(false);
    expect(suggestParamsSchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
    expect(suggestParamsSchema.safeParse({ q: 'iom', limit: '50' }).success).toBe(false);
  });

  it('completes a prefix from the index vocabulary', () => {
    const index = buildSearchIndex(fixtureStudies);
    const labels = suggest(index, 'perdag').map((s) => s.label.toLowerCase());
    expect(labels.some((l) => l.startsWith('perdagangan'))).toBe(true);
  });
});
