import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace } from '../helpers/temp-corpus';

type Workspace = Awaited<ReturnType<typeof makeWorkspace>>;

/**
 * Runs the ingest CLI as the process that does the work (node itself, not a wrapper that would die alone and leave
 * the ingest running as an orphan) and kills it with SIGKILL as soon as its output matches `when`.
 */
function ingestAndKill(ws: Workspace, when: (output: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/ingest.ts', '--corpus', ws.corpusDir, '--database', ws.databaseFile],
      { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (child.exitCode === null && when(output)) child.kill('SIGKILL');
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve(output)
        : reject(new Error(`ingest ended (${code}) before it was killed:\n${output}`)),
    );
  });
}

const filesDone = (n: number) => (output: string) => [...output.matchAll(/^\[\d+\/\d+\]/gm)].length >= n;

function storedIds(ws: Workspace): string[] {
  const db = new Database(ws.databaseFile, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM Study ORDER BY id').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
}

async function indexedIds(ws: Workspace): Promise<string[]> {
  return [...(await ws.readIndex()).ids].sort();
}

async function addSyntheticDocuments(ws: Workspace, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const doc = thesisAbstract(n);
    await writeFile(path.join(ws.corpusDir, doc.name), doc.text);
  }
}

describe('an ingest killed part-way', () => {
  let ws: Workspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  }, 120_000);
  afterEach(() => ws.cleanup());

  it('while storing leaves whole studies, the previous index, and the next run repairs both', async () => {
    await addSyntheticDocuments(ws, 400);
    await ingestAndKill(ws, filesDone(30));
    const db = new Database(ws.databaseFile, { readonly: true });
    const withoutKeywords = db
      .prepare(
        'SELECT COUNT(*) AS n FROM Study s WHERE NOT EXISTS (SELECT 1 FROM StudyKeyword k WHERE k.studyId = s.id)',
      )
      .get() as { n: number };
    db.close();
    const stored = storedIds(ws);
    expect(stored.length).toBeGreaterThan(4);
    expect(stored.length).toBeLessThan(404);
    // Every stored synthetic study has its keywords: no document was written half-way (000 has no keywords).
    expect(withoutKeywords.n).toBe(1);
    expect(await indexedIds(ws)).toHaveLength(4);

    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts.failed).toBe(0);
    expect(result.counts.new + result.counts.unchanged).toBe(404);
    expect(await indexedIds(ws)).toEqual(storedIds(ws));
  }, 120_000);

  it('while building the index leaves an index the next run rebuilds to match the store', async () => {
    await addSyntheticDocuments(ws, 600);
    const output = await ingestAndKill(ws, (text) => text.includes('Building the search index'));
    expect(output).toContain('[604/604]');
    expect(storedIds(ws)).toHaveLength(604);

    // Nothing changed in the corpus since: only the index's stamp tells this run that the build did not finish.
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(result.counts).toMatchObject({ new: 0, updated: 0, unchanged: 604, failed: 0 });
    expect(result.indexReason).toBe('index-stale');
    expect(await indexedIds(ws)).toEqual(storedIds(ws));

    const again = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(again.indexed).toBeNull();
  }, 120_000);

  it('after a removed file and a killed build, the removed study is not searchable after the next run', async () => {
    await addSyntheticDocuments(ws, 50);
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    await rm(path.join(ws.corpusDir, thesisAbstract(7).name));
    await ingestAndKill(ws, (text) => text.includes('Building the search index'));
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(await indexedIds(ws)).toEqual(storedIds(ws));
    expect(storedIds(ws)).toHaveLength(53);
  }, 120_000);
});
