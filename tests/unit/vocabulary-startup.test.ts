import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run ingest` and `npm start` must refuse to ingest with bad vocabulary data: exit 1 with a line naming the
// file and the entry, and nothing stored. The data folder is pointed at a spoilt copy by TELAAH_VOCABULARY_DIR.

function spoiltSetup(spoil: (vocabulary: string) => void = spoilOrganisations): {
  env: NodeJS.ProcessEnv;
  database: string;
  dataDir: string;
  corpus: string;
} {
  const root = mkdtempSync(path.join(os.tmpdir(), 'telaah-vocab-start-'));
  const vocabulary = path.join(root, 'vocabulary');
  cpSync(path.resolve('lib/vocabulary/data'), vocabulary, { recursive: true });
  spoil(vocabulary);
  const corpus = path.join(root, 'corpus');
  mkdirSync(corpus);
  writeFileSync(
    path.join(corpus, 'a.txt'),
    'Peran IOM dalam penanganan perdagangan manusia\n\nABSTRAK\n\nSebuah studi.\n',
  );
  const dataDir = path.join(root, 'data');
  return {
    env: {
      ...process.env,
      TELAAH_VOCABULARY_DIR: vocabulary,
      TELAAH_DATA_DIR: dataDir,
      TELAAH_CORPUS_DIR: corpus,
      DATABASE_URL: undefined,
      CI: '1',
    },
    database: path.join(dataDir, 'telaah.db'),
    dataDir,
    corpus,
  };
}

function spoilOrganisations(vocabulary: string): void {
  const ngos = path.join(vocabulary, 'organisations-ngos.yaml');
  writeFileSync(ngos, readFileSync(ngos, 'utf8').replace(/^- key: ijm$/m, '- key: iom'));
}

const TSX = path.resolve('node_modules/.bin/tsx');
const REFUSAL =
  /the vocabulary data is wrong; nothing was ingested\.\n.*organisations-ngos\.yaml: entry 1 \(key "iom"\), the key is already used/;

describe('bad vocabulary data stops the command line before anything is ingested', () => {
  it('npm run ingest exits 1 naming the file and the entry', () => {
    const { env, database, corpus } = spoiltSetup();
    const run = spawnSync(TSX, ['scripts/ingest.ts', '--corpus', corpus, '--database', database], {
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.stderr).toMatch(REFUSAL);
    expect(run.status).toBe(1);
    expect(existsSync(database)).toBe(false);
  }, 120_000);

  it('npm start exits 1 naming the file and the entry', () => {
    const { env, dataDir } = spoiltSetup();
    const run = spawnSync(TSX, ['scripts/start.ts'], { env, encoding: 'utf8', timeout: 90_000 });
    expect(run.stderr).toMatch(REFUSAL);
    expect(run.status).toBe(1);
    expect(existsSync(dataDir)).toBe(false);
  }, 120_000);

  it('the other curated lists are checked before the ingest too', () => {
    const { env, database, corpus } = spoiltSetup((vocabulary) =>
      writeFileSync(path.join(vocabulary, 'framework-cues.yaml'), '- phrase: 7\n'),
    );
    const run = spawnSync(TSX, ['scripts/ingest.ts', '--corpus', corpus, '--database', database], {
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.stderr).toMatch(/nothing was ingested\.\n.*framework-cues\.yaml: entry 1, field phrase/);
    expect(run.status).toBe(1);
    expect(existsSync(database)).toBe(false);
  }, 120_000);
});
