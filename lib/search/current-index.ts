import { stat } from 'node:fs/promises';
import { databaseLocation, indexDir, isPostgresUrl, readEnv } from '../env';
import { readSearchIndex, type SearchIndex } from './index';
import { publishedIndexSource } from './published-index-source';

// The server keeps one index in memory, loaded at start (instrumentation.ts) and never rebuilt per request.
// An ingest swaps a new index in; the server notices (checked at most every few seconds) and loads it in the
// background while the old one keeps answering. With SQLite the index is a folder beside the database and the
// ingest swaps the folder's file; with PostgreSQL it is a release in the database that each instance copies.
const RECHECK_MS = 3000;

export interface Loaded {
  index: SearchIndex;
  identity: string;
}

/** Where an index comes from: something that names the current one cheaply, and loads it (with its name). */
export interface IndexSource {
  describe: string;
  identity(): Promise<string>;
  load(): Promise<Loaded>;
}

const holder = globalThis as unknown as {
  telaahSearch?: { loaded?: Loaded; loading?: Promise<Loaded>; checkedAt: number };
};

const textBudget = () => {
  const mb = readEnv().TELAAH_SEARCH_TEXT_MB;
  return mb === undefined ? {} : { textBudget: mb * 1048576 };
};

function folderSource(dir: string): IndexSource {
  const source: IndexSource = {
    describe: dir,
    identity: async () => {
      const info = await stat(dir);
      return `${info.ino}:${info.mtimeMs}`;
    },
    load: async () => {
      const identity = await source.identity();
      return { index: await readSearchIndex(dir, textBudget()), identity };
    },
  };
  return source;
}

function currentSource(): IndexSource {
  const location = databaseLocation();
  return isPostgresUrl(location)
    ? publishedIndexSource(indexDir(location), textBudget())
    : folderSource(indexDir(location));
}

export class SearchIndexMissingError extends Error {
  readonly code = 'index-missing';
}

export async function getSearchIndex(source: IndexSource = currentSource()): Promise<SearchIndex> {
  const state = (holder.telaahSearch ??= { checkedAt: 0 });
  if (!state.loaded) {
    state.loading ??= source.load().finally(() => (state.loading = undefined));
    try {
      state.loaded = await state.loading;
    } catch (error) {
      throw new SearchIndexMissingError(
        `No search index at ${source.describe}: run \`npm run ingest\` (${(error as Error).message})`,
      );
    }
    state.checkedAt = Date.now();
    return state.loaded.index;
  }
  if (Date.now() - state.checkedAt > RECHECK_MS && !state.loading) {
    state.checkedAt = Date.now();
    const current = state.loaded;
    source
      .identity()
      .then((identity) => {
        if (identity === current.identity) return;
        state.loading = source.load().finally(() => (state.loading = undefined));
        return state.loading.then((next) => (state.loaded = next));
      })
      .catch(() => undefined); // a swap in progress: keep serving the index we have
  }
  return state.loaded.index;
}
