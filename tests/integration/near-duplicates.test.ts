import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { runIngest, type RunIngestResult } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

const DEVSET = path.resolve('tests/fixtures/devset/texts');

// The dev set's conference paper (39) and its reworded journal version under other authors (41), among the corpus.
describe('a study posted twice in other words', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let result: RunIngestResult;
  beforeAll(async () => {
    ws = await makeWorkspace();
    for (const name of (await readdir(DEVSET)).filter((n) => /^(39|41|12|23)_/.test(n)))
      await copyFile(path.join(DEVSET, name), path.join(ws.corpusDir, name));
    result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  });
  afterAll(() => ws.cleanup());

  it('is named in the summary', () => {
    expect(result.nearDuplicates?.map((d) => d.files.map((f) => f.slice(0, 3)))).toEqual([['39_', '41_']]);
  });

  it('is shown on both study pages, each pointing at the other', async () => {
    const db = openDb(ws.database);
    try {
      const ids = result.outcomes.filter((o) => /^(39|41)_/.test(o.file)).map((o) => o.studyId ?? '');
      const [a, b] = await Promise.all(ids.map((id) => getStudy(id, db)));
      expect(a?.nearDuplicates.map((d) => d.id)).toEqual([ids[1]]);
      expect(b?.nearDuplicates.map((d) => d.id)).toEqual([ids[0]]);
    } finally {
      await db.$disconnect();
    }
  });

  it('is found again when a run changes nothing else, and not when the twin is gone', async () => {
    const again = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(again.nearDuplicates).toBeNull(); // nothing changed: nothing recomputed, the table stays
  });
});
