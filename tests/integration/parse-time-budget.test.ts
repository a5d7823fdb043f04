import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '@/lib/ingest/run-ingest';
import { thesisAbstract } from '../bench/synthetic-documents';
import { makeWorkspace } from '../helpers/temp-corpus';

describe('a document that takes longer than its time budget', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
    // About 6 MB of distinct abstracts: seconds of parsing, far beyond the budget below.
    const parts: string[] = [];
    for (let n = 0; n < 2500; n++) parts.push(thesisAbstract(n).text);
    await writeFile(path.join(ws.corpusDir, 'huge.txt'), parts.join('\n\n'));
    for (let n = 0; n < 5; n++) {
      const doc = thesisAbstract(10_000 + n);
      await writeFile(path.join(ws.corpusDir, doc.name), doc.text);
    }
  });
  afterAll(() => ws.cleanup());

  it('is ended and reported, and every other document is stored', async () => {
    const result = await runIngest({
      corpusDir: ws.corpusDir,
      databaseFile: ws.databaseFile,
      parseTimeoutMs: 1500,
    });
    const huge = result.outcomes.find((o) => o.file === 'huge.txt');
    expect(huge).toMatchObject({ status: 'failed', error: expect.stringMatching(/longer than 1.5 s/) });
    expect(result.counts).toMatchObject({ new: 9, failed: 1 });
    expect(result.indexed).toBe(9);
  });
});
