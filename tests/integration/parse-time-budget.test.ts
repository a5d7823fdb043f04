import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace } from '../helpers/temp-corpus';

// The budget sits far from both sides so a loaded machine cannot flip the outcome: the small abstracts parse in
// milliseconds (a fresh worker warms up before its clock starts), the huge document takes seconds even when fast.
const BUDGET_MS = 2000;

describe('a document that takes longer than its time budget', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    await mkdir(ws.corpusDir, { recursive: true });
    // About 7.5 MB of distinct abstracts (under the 8 MB file limit).
    const parts: string[] = [];
    for (let n = 0; n < 3000; n++) parts.push(thesisAbstract(n).text);
    await writeFile(path.join(ws.corpusDir, 'huge.txt'), parts.join('\n\n'));
    for (let n = 0; n < 6; n++) {
      const doc = thesisAbstract(10_000 + n);
      await writeFile(path.join(ws.corpusDir, doc.name), doc.text);
    }
  });
  afterAll(() => ws.cleanup());

  it('is ended and reported, and every other document is stored', async () => {
    const result = await runIngest({
      corpusDir: ws.corpusDir,
      database: ws.database,
      parseTimeoutMs: BUDGET_MS,
    });
    const huge = result.outcomes.find((o) => o.file === 'huge.txt');
    expect(huge).toMatchObject({ status: 'failed', error: expect.stringMatching(/longer than 2 s/) });
    expect(result.counts).toMatchObject({ new: 6, failed: 1 });
    expect(result.indexed).toBe(6);
  });
});
