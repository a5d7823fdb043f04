import { z } from 'zod';

/** GET /api/suggest?q=...&limit=...: what the search box sends while the user types. */
export const suggestParamsSchema = z.object({
  q: z.string().trim().min(1, 'q: a prefix is needed').max(100, 'q: at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
