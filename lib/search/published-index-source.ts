import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { getDb } from '../db/client';
import { downloadIndexRelease, latestIndexRelease } from '../db/search-index-releases';
import type { IndexSource, Loaded } from './current-index';
import { readSearchIndex } from './index';
import { INDEX_FILE } from './index-file';

// An instance of a shared store copies the newest published release into a folder of its own (cacheDir/<version>)
// and loads it from there; a release already copied (a restart) is loaded without fetching it again. Older copies
// are removed once a newer one is loaded: an index already loaded keeps reading its file through the open handle.

export function publishedIndexSource(cacheDir: string, options: { textBudget?: number } = {}): IndexSource {
  return {
    describe: 'the database (no published release yet)',
    identity: async () => {
      const release = await latestIndexRelease(getDb());
      if (!release) throw new Error('the store has no published search index');
      return String(release.version);
    },
    load: async (): Promise<Loaded> => {
      const release = await latestIndexRelease(getDb());
      if (!release) throw new Error('the store has no published search index');
      const dir = path.join(cacheDir, String(release.version));
      const file = path.join(dir, INDEX_FILE);
      if (!existsSync(file)) {
        await mkdir(dir, { recursive: true });
        await downloadIndexRelease(getDb(), release, file);
      }
      const index = await readSearchIndex(dir, options);
      await removeOlderCopies(cacheDir, release.version);
      return { index, identity: String(release.version) };
    },
  };
}

async function removeOlderCopies(cacheDir: string, loaded: number): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const older = names.filter((name) => /^\d+$/.test(name) && Number(name) < loaded);
  await Promise.all(older.map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })));
}
