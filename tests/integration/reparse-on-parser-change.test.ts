import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

describe('records made by an older parser or vocabulary', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  });
  afterAll(() => ws.cleanup());

  it('are parsed again on the next run although no file changed', async () => {
    const db = new Database(ws.databaseFile);
    db.prepare("UPDATE Study SET parserStamp = 'older', titleEn = 'stale' WHERE id LIKE '000%'").run();
    db.close();
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({ updated: 1, unchanged: 3 });
    expect(result.indexed).toBe(4);
    const check = new Database(ws.databaseFile, { readonly: true });
    const titles = check.prepare("SELECT titleEn FROM Study WHERE id LIKE '000%'").pluck().all();
    check.close();
    expect(titles).not.toContain('stale');
  });
});
