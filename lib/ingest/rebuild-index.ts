import type { Db } from '../db/client';
import { listIndexableStudies } from '../db/list-indexable-studies';
import { buildSearchIndex, writeSearchIndex } from '../search';
import type { IndexableStudy } from '../search/types';
import { searchGlossary, searchSuggestions } from './search-vocabulary';

/** Builds the search index from the store and swaps it in atomically; returns the number of studies indexed. */
export async function rebuildSearchIndex(db: Db, indexDir: string): Promise<number> {
  const studies: IndexableStudy[] = [];
  for await (const study of listIndexableStudies(db)) studies.push(study);
  const index = buildSearchIndex(studies, {
    glossary: searchGlossary(),
    extraSuggestions: searchSuggestions(),
  });
  await writeSearchIndex(index, indexDir);
  return studies.length;
}
