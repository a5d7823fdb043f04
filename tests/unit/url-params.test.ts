import { describe, expect, it } from 'vitest';
import {
  parseSearchParams,
  parseSearchParamsLenient,
  SearchParamsError,
  toSearchQueryString,
} from '@/lib/search/search-params';

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
      sort: 'relevance',
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
    [{ order: 'x' }, /unknown parameter/],
    [{ sort: 'x' }, /sort/],
    [{ yearFrom: '20200' }, /yearFrom/],
    [{ yearFrom: '2024', yearTo: '2020' }, /yearTo/],
    [{ periodTo: 'abc' }, /periodTo/],
  ])('rejects %o with a message naming the parameter', (raw, message) => {
    expect(() => parseSearchParams(raw)).toThrow(SearchParamsError);
    expect(() => parseSearchParams(raw)).toThrow(message);
  });

  it('parses sort and the two year ranges, and round-trips them', () => {
    const request = parseSearchParams({
      sort: 'newest',
      yearFrom: '2020',
      yearTo: '2024',
      periodFrom: '2010',
    });
    expect(request).toMatchObject({ sort: 'newest', year: { from: 2020, to: 2024 }, period: { from: 2010 } });
    const again = parseSearchParams(Object.fromEntries(new URLSearchParams(toSearchQueryString(request))));
    expect(again).toEqual(request);
    expect(parseSearchParams({ yearFrom: '', yearTo: '' }).year).toBeUndefined();
  });

  it('the lenient parse keeps the good parameters and names the bad ones', () => {
    const { request, rejected } = parseSearchParamsLenient({ q: 'IOM', page: '0', sort: 'x', bogus: '1' });
    expect(request.q).toBe('IOM');
    expect(request.page).toBe(1);
    expect(rejected.sort()).toEqual(['bogus', 'page', 'sort']);
    expect(parseSearchParamsLenient({ q: 'x'.repeat(501) })).toMatchObject({
      request: { q: '' },
      rejected: ['q'],
    });
  });
});
