import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import type { FileOutcome } from '@/lib/ingest/ingest-corpus';
import { runIngest, type RunIngestResult } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

const GOOD = '003_46d0c4582f3a856d.txt';

// Each broken input gets a clear per-file error or a sensible record, and never stops the others.
describe('a corpus folder with broken files', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let result: RunIngestResult;
  const outcome = (file: string): FileOutcome | undefined => result.outcomes.find((o) => o.file === file);

  beforeAll(async () => {
    ws = await makeWorkspace();
    const put = (name: string, content: string | Uint8Array) =>
      writeFile(path.join(ws.corpusDir, name), content);
    await put('empty.txt', '');
    await put('blank.txt', ' \n\n\t  \n');
    await put(
      'binary.txt',
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256),
    );
    await put('huge.txt', 'kata '.repeat(4 * 1024 * 1024)); // 20 MB
    await put(
      'no-abstract.md',
      '# Catatan Lapangan\n\nTeks ini tidak memiliki abstrak, hanya catatan tentang IOM di Indonesia.\n',
    );
    await put(
      'html.txt',
      'ABSTRAK\n\n<script>alert("x")</script> Penelitian ini membahas <b>IOM</b> di Indonesia.\n\nABSTRACT\n\nThis study discusses IOM in Indonesia.\n',
    );
    await copyFile(path.join(ws.corpusDir, GOOD), path.join(ws.corpusDir, 'zz-copy-of-003.txt'));
    await put('004_ee0b6ec72090fab7.meta.yaml', 'title: [unclosed\n');
    await put('001_35e5132b2f9dd7c4.meta.yaml', 'year: "next year"\n');
    result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
  });
  afterAll(() => ws.cleanup());

  it('names the file and the reason for each file it cannot take', () => {
    expect(outcome('empty.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/i) });
    expect(outcome('blank.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/empty|whitespace/i),
    });
    expect(outcome('binary.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/binary/i),
    });
    expect(outcome('huge.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/larger than/),
    });
    expect(outcome('zz-copy-of-003.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining(GOOD),
    });
    expect(outcome('004_ee0b6ec72090fab7.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/meta\.yaml: not valid YAML/),
    });
    expect(outcome('001_35e5132b2f9dd7c4.txt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/year/),
    });
  });

  it('still ingests the good files and keeps odd-but-readable ones as sensible records', async () => {
    expect(outcome(GOOD)?.status).toBe('new');
    expect(outcome('000_ca4bf7d1b30f51f4.txt')?.status).toBe('new');
    expect(outcome('no-abstract.md')?.status).toBe('new');
    expect(outcome('html.txt')?.status).toBe('new');
    const db = openDb(ws.database);
    const noAbstract = await getStudy('no-abstract', db);
    const html = await getStudy('html', db);
    await db.$disconnect();
    expect(noAbstract?.abstracts).toEqual({ id: null, en: null });
    // Markup is kept as text: pages render it escaped, never as HTML.
    expect(html?.abstracts.id).toContain('Penelitian ini membahas');
    expect(result.indexed).toBe(4);
  });
});
