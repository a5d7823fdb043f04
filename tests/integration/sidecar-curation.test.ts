import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { runIngest } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

const ID = '000_ca4bf7d1b30f51f4';

describe("a curator's sidecar file", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  const read = async () => {
    const db = openDb(ws.database);
    const study = await getStudy(ID, db);
    await db.$disconnect();
    return study;
  };

  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  });
  afterAll(() => ws.cleanup());

  it('wins over extracted values, is marked curated, and survives re-ingest', async () => {
    expect((await read())?.year).toBeNull();
    await writeFile(
      path.join(ws.corpusDir, `${ID}.meta.yaml`),
      'title:\n  en: IJM and the Philippines\nyear: 2025\nperiod: { from: 2016, to: 2024 }\n',
    );
    const changed = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(changed.counts.updated).toBe(1);
    const study = await read();
    expect(study?.titles.en).toBe('IJM and the Philippines');
    expect(study?.year).toBe(2025);
    expect(study?.period).toEqual({ from: 2016, to: 2024 });
    expect(study?.provenance.year).toEqual({ source: 'curated', file: `${ID}.meta.yaml` });

    const again = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(again.counts.unchanged).toBe(4);
    expect((await read())?.year).toBe(2025);
  });
});
