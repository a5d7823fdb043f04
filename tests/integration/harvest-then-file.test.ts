// The other order of merging: a programme harvests its repository first and adds the theses' files later. The file
// ingest then folds each harvested study that is the same study as a new file (the same DOI, or a near-duplicate
// text) into the file's study; when the file goes again, its record becomes a study of its own at the next harvest.
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { openStudyWriter } from '@/lib/db/study-writer';
import type { StudyDetail } from '@/lib/db/types';
import { runIngest } from '@/lib/ingest/run-ingest';
import { searchIndex } from '@/lib/search';
import { thesisAbstract } from '../bench/synthetic-documents';
import { harvestNow } from '../helpers/harvest-now';
import { makeFixtureRecords, type FixtureRecord } from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';
import { makeWorkspace } from '../helpers/temp-corpus';

const FILE = '003_46d0c4582f3a856d.txt';
const DOI = '10.5555/telaah.later.1';

describe('a file ingested after its record was harvested', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let db: Db;
  let journal: OaiFixtureServer;
  let fileStudy: StudyDetail;
  let records: FixtureRecord[];
  const harvest = () => harvestNow({ url: journal.url, key: 'jhi', database: ws.database });
  const ingest = () => runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  const aside = () => path.join(ws.root, FILE);

  beforeAll(async () => {
    ws = await makeWorkspace();
    await ingest();
    db = openDb(ws.database);
    fileStudy = (await getStudy('003_46d0c4582f3a856d', db)) as StudyDetail;
    // The journal's copy of the file's study, and of a thesis whose file will state the record's DOI.
    const [copy, byDoi, ...rest] = makeFixtureRecords(5, { shape: 'ojs34', seed: 5 }) as FixtureRecord[];
    records = [
      {
        ...(copy as FixtureRecord),
        titles: [
          { value: fileStudy.titles.id ?? '', lang: 'id' },
          { value: fileStudy.titles.en ?? '', lang: 'en' },
        ],
        descriptions: [
          { value: fileStudy.abstracts.id ?? '', lang: 'id' },
          { value: fileStudy.abstracts.en ?? '', lang: 'en' },
        ],
      },
      { ...(byDoi as FixtureRecord), identifiers: [`https://doi.org/${DOI}`] },
      ...rest,
    ];
    journal = await startOaiFixtureServer({ records, shape: 'ojs34' });
    await rename(path.join(ws.corpusDir, FILE), aside());
    await ingest();
  }, 180_000);
  afterAll(async () => {
    await journal?.close();
    await db?.$disconnect();
    await ws?.cleanup();
  });

  it('is harvested as studies of their own while the files are not there', async () => {
    const summary = await harvest();
    expect(summary.counts).toMatchObject({ new: 5, merged: 0, failed: 0 });
    expect(await db.study.count()).toBe(3 + 5);
  }, 120_000);

  it('merges each record into the new file of the same study, by its text or by the DOI the file states', async () => {
    await rename(aside(), path.join(ws.corpusDir, FILE));
    const thesis = thesisAbstract(77).text.replace('ABSTRAK', `DOI: ${DOI}\n\nABSTRAK`);
    await writeFile(path.join(ws.corpusDir, 'tesis-doi.txt'), thesis);
    const result = await ingest();
    expect(result.counts).toMatchObject({ new: 2, failed: 0 });
    const byFile = Object.fromEntries(result.adopted.map((a) => [a.file, a]));
    expect(byFile[FILE]).toMatchObject({ identifier: records[0]?.identifier, by: 'near-duplicate' });
    expect(byFile['tesis-doi.txt']).toMatchObject({ identifier: records[1]?.identifier, by: 'doi' });
    expect(await db.study.count()).toBe(5 + 3);

    const study = await getStudy(byFile[FILE]?.studyId ?? '', db);
    expect(study?.format).toBe('text');
    expect(study?.harvested).toEqual([
      expect.objectContaining({ identifier: records[0]?.identifier, merged: true }),
    ]);
    expect(study?.url).toMatch(/^https:\/\/jurnal\.example\.ac\.id\//);
    expect(await db.study.findUnique({ where: { id: byFile[FILE]?.harvestedStudyId ?? '' } })).toBeNull();
    // One study in the index, not two.
    const index = await ws.readIndex();
    const hits = searchIndex(index, {
      q: fileStudy.titles.en ?? '',
      filters: {},
      page: 1,
      size: 5,
      language: 'all',
    });
    expect(hits.hits.map((h) => h.id)).toContain(study?.id);
    expect(hits.hits.map((h) => h.id)).not.toContain(byFile[FILE]?.harvestedStudyId);

    const again = await harvest();
    expect(again.counts).toMatchObject({ new: 0, updated: 0, failed: 0 });
    expect(await db.study.count()).toBe(8);
  }, 180_000);

  it('keeps the merged record with its study when the study is given a new id', async () => {
    const where = { sourceKey_identifier: { sourceKey: 'jhi', identifier: records[0]?.identifier ?? '' } };
    const { studyId } = await db.harvestRecord.findUniqueOrThrow({ where });
    const writer = await openStudyWriter(ws.database);
    try {
      await writer.rename([{ from: studyId, to: 'renamed-study' }]);
      expect((await db.harvestRecord.findUniqueOrThrow({ where })).studyId).toBe('renamed-study');
      await writer.rename([{ from: 'renamed-study', to: studyId }]);
    } finally {
      await writer.close();
    }
    expect((await db.harvestRecord.findUniqueOrThrow({ where })).studyId).toBe(studyId);
  });

  it('gives the record a study of its own again at the next harvest when the file is removed', async () => {
    await rename(path.join(ws.corpusDir, FILE), aside());
    const result = await ingest();
    expect(result.counts).toMatchObject({ removed: 1 });
    expect(await db.study.count()).toBe(7);
    const summary = await harvest();
    expect(summary.from).toBeNull();
    expect(summary.counts).toMatchObject({ new: 1, failed: 0 });
    expect(await db.study.count()).toBe(8);
    const row = await db.harvestRecord.findUniqueOrThrow({
      where: { sourceKey_identifier: { sourceKey: 'jhi', identifier: records[0]?.identifier ?? '' } },
    });
    expect(row.merged).toBe(false);
    expect((await getStudy(row.studyId, db))?.titles.en).toBe(fileStudy.titles.en);
  }, 180_000);
});
