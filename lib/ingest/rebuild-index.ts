import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { listIndexableStudies } from '../db/list-indexable-studies';
import { buildSearchIndex, SEARCH_INDEX_FORMAT, writeSearchIndex } from '../search';
import type { IndexableStudy } from '../search/types';
import { searchGlossary, searchSuggestions } from './search-vocabulary';

// An index is current only if it was built in today's format from today's glossary and suggestions: a stamp of
// those inputs is written beside it, so a code or vocabulary change rebuilds it even when no document changed.
const STAMP_FILE = 'build-stamp.json';

function buildInputs() {
  const glossary = searchGlossary();
  const extraSuggestions = searchSuggestions();
  const stamp = createHash('sha256')
    .update(JSON.stringify({ format: SEARCH_INDEX_FORMAT, glossary, extraSuggestions }))
    .digest('hex');
  return { glossary, extraSuggestions, stamp };
}

export async function isSearchIndexCurrent(indexDir: string): Promise<boolean> {
  const file = path.join(indexDir, STAMP_FILE);
  if (!existsSync(file)) return false;
  return (await readFile(file, 'utf8')).trim() === buildInputs().stamp;
}

/** Builds the search index from the store and swaps it in atomically; returns the number of studies indexed. */
export async function rebuildSearchIndex(db: Db, indexDir: string): Promise<number> {
  const { glossary, extraSuggestions, stamp } = buildInputs();
  const studies: IndexableStudy[] = [];
  for await (const study of listIndexableStudies(db)) studies.push(study);
  await writeSearchIndex(buildSearchIndex(studies, { glossary, extraSuggestions }), indexDir);
  const temporary = path.join(indexDir, `${STAMP_FILE}.tmp`);
  await writeFile(temporary, stamp);
  await rename(temporary, path.join(indexDir, STAMP_FILE));
  return studies.length;
}
