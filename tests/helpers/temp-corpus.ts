import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const CORPUS_DIR = path.resolve('corpus');

/** A scratch folder holding a copy of the corpus and a database path; removed by `cleanup`. */
export async function makeWorkspace(options: { copyCorpus?: boolean } = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-test-'));
  const corpusDir = path.join(root, 'corpus');
  if (options.copyCorpus ?? true) await cp(CORPUS_DIR, corpusDir, { recursive: true });
  return {
    root,
    corpusDir,
    databaseFile: path.join(root, 'data', 'telaah.db'),
    indexDir: path.join(root, 'data', 'index'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
