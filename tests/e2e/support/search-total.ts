import type { APIRequestContext } from '@playwright/test';

/**
 * Polls the search API until a query has `total` hits, as the server swaps to a newly built index; returns the ms
 * it waited, and throws after 15 s naming the count it last saw.
 */
export async function waitForSearchTotal(
  request: APIRequestContext,
  q: string,
  total: number,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
    const body = (await response.json()) as { total: number };
    if (body.total === total) return Date.now() - started;
    if (Date.now() - started > 15_000)
      throw new Error(`search for ${q} still has ${body.total} hits, not ${total}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
