// A record that the store already holds as a file is merged into the file's study, not stored twice: found by its
// text (a near-duplicate of the file's titles and abstracts) or by the DOI an earlier merge lent the study.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import type { StudyDetail } from '@/lib/db/types';
import { runIngest } from '@/lib/ingest/run-ingest';
import { harvestNow } from '../helpers/harvest-now';
import {
  deleteRecord,
  formatDatestamp,
  makeFixtureRecords,
  type FixtureRecord,
} from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';
import { makeWorkspace } from '../helpers/temp-corpus';

const FILE_STUDY = '003_46d0c4582f3a856d';
const DOI = '10.5555/telaah.merge.3';

/** The journal's record of a study the corpus holds as a file: its titles and abstracts, the journal's DOI. */
function journalCopyOf(study: StudyDetail, base: FixtureRecord): FixtureRecord {
  return {
    ...base,
    titles: [
      { value: study.titles.id ?? '', lang: 'id' },
      { value: study.titles.en ?? '', lang: 'en' },
    ],
    descriptions: [
      { value: study.abstracts.id ?? '', lang: 'id' },
      { value: study.abstracts.en ?? '', lang: 'en' },
    ],
    identifiers: ['https://jurnal.example.ac.id/index.php/jhi/article/view/3', `https://doi.org/${DOI}`],
  };
}

describe('merging harvested records with the studies of files', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let db: Db;
  let journal: OaiFixtureServer;
  let records: FixtureRecord[];
  const harvest = (server: OaiFixtureServer, key: string) =>
    harvestNow({ url: server.url, key, database: ws.database });

  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    db = openDb(ws.database);
    const study = (await getStudy(FILE_STUDY, db)) as StudyDetail;
    const [first, ...rest] = makeFixtureRecords(5, { shape: 'ojs34', seed: 2 });
    records = [journalCopyOf(study, first as FixtureRecord), ...rest];
    journal = await startOaiFixtureServer({ records, shape: 'ojs34' });
  }, 120_000);
  afterAll(async () => {
    await journal?.close();
    await db?.$disconnect();
    await ws?.cleanup();
  });

  it('merges the journal copy of a file into its study and lends it the DOI and landing page', async () => {
    const summary = await harvest(journal, 'jhi');
    expect(summary.counts).toMatchObject({ merged: 1, new: 4, failed: 0 });
    expect(await db.study.count()).toBe(4 + 4);
    const study = await getStudy(FILE_STUDY, db);
    expect(study?.format).toBe('text');
    expect(study?.doi).toBe(DOI);
    expect(study?.url).toBe('https://jurnal.example.ac.id/index.php/jhi/article/view/3');
    expect(study?.harvested).toEqual([
      expect.objectContaining({ identifier: records[0]?.identifier, merged: true }),
    ]);
  }, 120_000);

  it('merges a record of another source by the DOI alone, whatever its text', async () => {
    const [other] = makeFixtureRecords(1, { shape: 'dspace7', seed: 9, start: 50 });
    const repository = await startOaiFixtureServer({
      records: [{ ...(other as FixtureRecord), identifiers: [`https://doi.org/${DOI}`] }],
      shape: 'dspace7',
    });
    try {
      const summary = await harvest(repository, 'repo');
      expect(summary.counts).toMatchObject({ merged: 1, new: 0 });
      expect((await getStudy(FILE_STUDY, db))?.harvested).toHaveLength(2);
    } finally {
      await repository.close();
    }
  }, 120_000);

  it('keeps the file study when the merged record is deleted at the source', async () => {
    const gone = {
      ...deleteRecord(records[0] as FixtureRecord),
      datestamp: formatDatestamp(Date.now() + 2000),
    };
    journal.setRecords([gone, ...records.slice(1)]);
    const summary = await harvest(journal, 'jhi');
    expect(summary.counts).toMatchObject({ deleted: 1, failed: 0 });
    const study = await getStudy(FILE_STUDY, db);
    expect(study?.format).toBe('text');
    expect(study?.harvested.map((h) => h.source.key)).toEqual(['repo']);
    expect(await db.study.count()).toBe(8);
  }, 120_000);
});
