import type { z } from 'zod';
import { ReadingListError } from './errors';

/** Validates input with a schema; the first problem becomes a 400 whose message names the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  if (issue?.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    throw new ReadingListError('invalid', `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${keys}.`, keys);
  }
  const message = issue?.message ?? 'Invalid input';
  // zod's own messages ("Invalid input: expected string") do not name the field; ours do.
  const named = field && !message.startsWith(field) ? `${field}: ${message}` : message;
  throw new ReadingListError('invalid', `${named}.`, field || undefined);
}
