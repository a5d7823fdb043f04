import { getSearchIndex } from './current-index';
import { searchIndex, suggest } from './index';
import type { SearchRequest, SearchResponse, Suggestion } from './types';

/** The one code path of every search: the search page and GET /api/search both call this. */
export async function runSearch(request: SearchRequest): Promise<SearchResponse> {
  return searchIndex(await getSearchIndex(), request);
}

export async function runSuggest(prefix: string, limit = 8): Promise<Suggestion[]> {
  return suggest(await getSearchIndex(), prefix, limit);
}
