import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { readSearchIndex, searchIndex } from '@/lib/search';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace } from '../helpers/temp-corpus';

/** Runs the ingest CLI and kills it with SIGKILL once it reports `afterFiles` files done. */
function ingestAndKill(corpusDir: string, databaseFile: string, afterFiles: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'npx',
      ['tsx', 'scripts/ingest.ts', '--corpus', corpusDir, '--database', databaseFile],
      {
        env: { ...process.env, CI: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const done = [...output.matchAll(/\[(\d+)\/\d+\]/g)].length;
      if (done >= afterFiles) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`ingest ended (${code}) before it was killed:\n${output}`)),
    );
  });
}

describe('an ingest killed part-way', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, databaseFile: ws.databaseFile });
    for (let n = 0; n < 400; n++) {
      const doc = thesisAbstract(n);
      await writeFile(path.join(ws.corpusDir, doc.name), doc.text);
    }
    await ingestAndKill(ws.corpusDir, ws.databaseFile, 30);
  }, 120_000);
  afterAll(() => ws.cleanup());

  it('leaves only whole studies in the store and the previous index in place', async () => {
    const db = new Database(ws.databaseFile, { readonly: true });
    const studies = db.prepare('SELECT id FROM Study').all() as { id: string }[];
    const withoutKeywords = db
      .prepare(
        'SELECT COUNT(*) AS n FROM Study s WHERE NOT EXISTS (SELECT 1 FROM StudyKeyword k WHERE k.studyId = s.id)',
      )
      .get() as { n: number };
    db.close();
    expect(studies.length).toBeGreaterThan(4);
    expect(studies.length).toBeLessThan(404);
    // Every stored synthetic study has its keywords: no document was written half-way (000 has no keywords).
    expect(withoutKeywords.n).toBe(1);
    const index = await readSearchIndex(ws.indexDir);
    expect(searchIndex(index, { q: '', filters: {}, page: 1, size: 10, language: 'all' }).total).toBe(4);
  });

  it('finishes the job on the next run', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, databaseFile: ws.databaseFile });
    expect(result.counts.failed).toBe(0);
    expect(result.counts.new + result.counts.unchanged).toBe(404);
    const index = await readSearchIndex(ws.indexDir);
    expect(searchIndex(index, { q: '', filters: {}, page: 1, size: 10, language: 'all' }).total).toBe(404);
  });
});
