import { describe, expect, it } from 'vitest';
import { ReadingListError } from '@/lib/reading-lists/errors';
import { parseInput } from '@/lib/reading-lists/parse-input';
import {
  addItemSchema,
  createListSchema,
  LIMITS,
  moveItemSchema,
  updateItemSchema,
  updateListSchema,
} from '@/lib/reading-lists/schemas';

function refusal(run: () => unknown): ReadingListError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ReadingListError);
    return error as ReadingListError;
  }
  throw new Error('expected a refusal');
}

describe('reading-list input validation', () => {
  it('trims text, stores empty optional fields as null and defaults the language', () => {
    expect(parseInput(createListSchema, { title: '  Week 1  ', course: '  ', description: '' })).toEqual({
      title: 'Week 1',
      course: null,
      description: null,
      language: 'en',
    });
  });

  it.each([
    [
      'title',
      createListSchema,
      { title: 'x'.repeat(LIMITS.title + 1) },
      /title must be at most 200 characters/,
    ],
    ['title', createListSchema, { title: '   ' }, /title must not be empty/],
    ['language', createListSchema, { title: 'ok', language: 'fr' }, /language must be "en" or "id"/],
    [
      'course',
      updateListSchema,
      { version: 1, course: 'x'.repeat(LIMITS.course + 1) },
      /course must be at most 120/,
    ],
    ['version', updateListSchema, { title: 'ok' }, /version/],
    ['studyId', addItemSchema, { studyId: '../etc/passwd' }, /studyId is not a study id/],
    [
      'importance',
      addItemSchema,
      { studyId: 'a1', importance: 'must' },
      /importance must be "essential" or "further"/,
    ],
    [
      'note',
      updateItemSchema,
      { version: 1, note: 'x'.repeat(LIMITS.note + 1) },
      /note must be at most 2000/,
    ],
    ['question', updateItemSchema, { version: 1, question: 42 }, /question must be text/],
    ['position', moveItemSchema, { version: 1, position: -1 }, /position must be 0 or more/],
  ])('refuses a bad %s with a message naming it', (field, schema, input, message) => {
    const error = refusal(() => parseInput(schema, input));
    expect(error.code).toBe('invalid');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('refuses unknown fields and non-objects', () => {
    expect(refusal(() => parseInput(updateListSchema, { version: 1, editTokenHash: 'x' })).message).toBe(
      'Unknown field: editTokenHash.',
    );
    expect(refusal(() => parseInput(createListSchema, 'just a string')).code).toBe('invalid');
    expect(refusal(() => parseInput(createListSchema, null)).code).toBe('invalid');
  });
});
