import { NextResponse, type NextRequest } from 'next/server';
import { SearchIndexMissingError } from '@/lib/search/current-index';
import { runSearch } from '@/lib/search/run-search';
import { parseSearchParams, SearchParamsError, type RawSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

function rawParams(url: URL): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

export async function GET(request: NextRequest) {
  try {
    return NextResponse.json(await runSearch(parseSearchParams(rawParams(request.nextUrl))));
  } catch (error) {
    if (error instanceof SearchParamsError)
      return NextResponse.json({ error: error.message }, { status: 400 });
    if (error instanceof SearchIndexMissingError)
      return NextResponse.json({ error: error.message }, { status: 503 });
    throw error;
  }
}
