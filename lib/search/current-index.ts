import { stat } from 'node:fs/promises';
import { indexDir, readEnv } from '../env';
import { readSearchIndex, type SearchIndex } from './index';

// The server keeps one index in memory, loaded at start (instrumentation.ts) and never rebuilt per request.
// An ingest swaps a new index folder in atomically; the server notices the new folder (checked at most every
// few seconds) and loads it in the background while the old one keeps answering.
const RECHECK_MS = 3000;

interface Loaded {
  index: SearchIndex;
  identity: string; // inode + mtime of the folder it came from
}

const holder = globalThis as unknown as {
  telaahSearch?: { loaded?: Loaded; loading?: Promise<Loaded>; checkedAt: number };
};

async function folderIdentity(dir: string): Promise<string> {
  const info = await stat(dir);
  return `${info.ino}:${info.mtimeMs}`;
}

async function load(dir: string): Promise<Loaded> {
  const identity = await folderIdentity(dir);
  const mb = readEnv().TELAAH_SEARCH_TEXT_MB;
  return {
    index: await readSearchIndex(dir, mb === undefined ? {} : { textBudget: mb * 1048576 }),
    identity,
  };
}

export class SearchIndexMissingError extends Error {
  readonly code = 'index-missing';
}

export async function getSearchIndex(dir: string = indexDir()): Promise<SearchIndex> {
  const state = (holder.telaahSearch ??= { checkedAt: 0 });
  if (!state.loaded) {
    state.loading ??= load(dir).finally(() => (state.loading = undefined));
    try {
      state.loaded = await state.loading;
    } catch (error) {
      throw new SearchIndexMissingError(
        `No search index at ${dir}: run \`npm run ingest\` (${(error as Error).message})`,
      );
    }
    state.checkedAt = Date.now();
    return state.loaded.index;
  }
  if (Date.now() - state.checkedAt > RECHECK_MS && !state.loading) {
    state.checkedAt = Date.now();
    const current = state.loaded;
    folderIdentity(dir)
      .then((identity) => {
        if (identity === current.identity) return;
        state.loading = load(dir).finally(() => (state.loading = undefined));
        return state.loading.then((next) => (state.loaded = next));
      })
      .catch(() => undefined); // a swap in progress: keep serving the index we have
  }
  return state.loaded.index;
}
