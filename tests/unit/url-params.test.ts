import { describe, expect, it } from 'vitest';
import { parseSearchParams, SearchParamsError, toSearchQueryString } from '@/lib/search/search-params';

describe('search URL parameters', () => {
  it('parses a query with repeated facet values and defaults', () => {
    const request = parseSearchParams({ q: ' trafficking ', organisation: ['iom', 'ijm'], country: 'ph' });
    expect(request).toEqual({
      q: 'trafficking',
      filters: { organisation: ['iom', 'ijm'], country: ['ph'] },
      page: 1,
      size: 10,
      language: 'all',
      match: 'all',
    });
  });

  it('round-trips through the query string', () => {
    const request = parseSearchParams({ q: 'IOM', lang: 'id', match: 'any', year: '2024', page: '2' });
    const again = parseSearchParams(Object.fromEntries(new URLSearchParams(toSearchQueryString(request))));
    expect(again).toEqual(request);
  });

  it.each([
    [{ page: '0' }, /page/],
    [{ size: '1000' }, /size/],
    [{ lang: 'fr' }, /lang/],
    [{ match: 'most' }, /match/],
    [{ organisation: '<script>' }, /organisation/],
    [{ sort: 'x' }, /unknown parameter/],
  ])('rejects %o with a message naming the parameter', (raw, message) => {
    expect(() => parseSearchParams(raw)).toThrow(SearchParamsError);
    expect(() => parseSearchParams(raw)).toThrow(message);
  });
});
