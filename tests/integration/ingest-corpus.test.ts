import { appendFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { runIngest } from '@/lib/ingest/run-ingest';
import { searchIndex } from '@/lib/search';
import type { SearchRequest } from '@/lib/search/types';
import { makeWorkspace } from '../helpers/temp-corpus';

const request = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 20, language: 'all' });
const prefix = (id: string) => id.slice(0, 3);

describe('ingesting the corpus into a real SQLite file', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(() => ws.cleanup());

  it('stores all four documents and builds the index on the first run', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toEqual({ new: 4, updated: 0, unchanged: 0, removed: 0, failed: 0, skipped: 0 });
    expect(result.indexed).toBe(4);
  });

  it('stores titles, abstracts per language, organisation, country and period', async () => {
    const db = openDb(ws.database);
    const study = await getStudy('003_46d0c4582f3a856d', db);
    await db.$disconnect();
    expect(study?.titles.id).toMatch(
      /^Upaya International Organization for Migration dalam Penanganan Human Trafficking/i,
    );
    expect(study?.abstracts.id).toMatch(/^Perdagangan manusia merupakan/);
    expect(study?.abstracts.en).toMatch(/^Human trafficking is one of/);
    expect(study?.organisations.map((o) => o.acronym)).toEqual(['IOM']);
    expect(study?.countries.map((c) => c.name)).toEqual(['Indonesia']);
    expect(study?.period).toEqual({ from: 2023, to: 2024 });
  });

  it('finds IOM studies by "IOM" and IJM studies by "Filipina" in the persisted index', async () => {
    const index = await ws.readIndex();
    expect(
      searchIndex(index, request('IOM'))
        .hits.map((h) => prefix(h.id))
        .sort(),
    ).toEqual(['003', '004']);
    expect(
      searchIndex(index, request('Filipina'))
        .hits.map((h) => prefix(h.id))
        .sort(),
    ).toEqual(['000', '001']);
  });

  it('changes nothing when run again on unchanged files', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toEqual({ new: 0, updated: 0, unchanged: 4, removed: 0, failed: 0, skipped: 0 });
    expect(result.indexed).toBeNull();
  });

  it('updates a changed file, reports a removed one, and keeps going past a broken one', async () => {
    await appendFile(path.join(ws.corpusDir, '000_ca4bf7d1b30f51f4.txt'), '\n');
    await rm(path.join(ws.corpusDir, '003_46d0c4582f3a856d.txt'));
    await writeFile(
      path.join(ws.corpusDir, 'broken.txt'),
      new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
    );
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toEqual({ new: 0, updated: 1, unchanged: 2, removed: 1, failed: 1, skipped: 0 });
    const failed = result.outcomes.find((o) => o.status === 'failed');
    expect(failed?.file).toBe('broken.txt');
    expect(failed?.error).toBeTruthy();
    const index = await ws.readIndex();
    expect(searchIndex(index, request('IOM')).hits.map((h) => prefix(h.id))).toEqual(['004']);
  });
});
