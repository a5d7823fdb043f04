import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCorpusFiles, readRegularFile } from '@/lib/ingest/corpus-files';
import { describeStorageError } from '@/lib/db/storage-errors';
import { printable } from '@/lib/ingest/report';

describe('listing a corpus folder', () => {
  let root: string;
  let corpus: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'telaah-list-'));
    corpus = path.join(root, 'corpus');
    await mkdir(path.join(corpus, 'sub'), { recursive: true });
    await mkdir(path.join(corpus, '.git'));
    await writeFile(path.join(root, 'outside.meta.yaml'), 'title: { en: Outside }\n');
    await writeFile(path.join(root, 'outside.txt'), 'outside');
    await writeFile(path.join(corpus, 'a.txt'), 'a');
    await writeFile(path.join(corpus, 'a.meta.yaml'), 'year: 2020\n');
    await writeFile(path.join(corpus, 'b.md'), 'b');
    await writeFile(path.join(corpus, 'b.txt'), 'b text');
    await writeFile(path.join(corpus, 'b.meta.yaml'), 'year: 2021\n');
    await writeFile(path.join(corpus, 'c.txt'), 'c');
    await symlink(path.join(root, 'outside.meta.yaml'), path.join(corpus, 'c.meta.yaml'));
    await symlink(path.join(root, 'outside.txt'), path.join(corpus, 'linked.txt'));
    await writeFile(path.join(corpus, 'orphan.meta.yaml'), 'year: 2022\n');
    await writeFile(path.join(corpus, '.draft.txt'), 'hidden');
    await writeFile(path.join(corpus, 'sub', 'notes.docx'), 'binary');
    execFileSync('mkfifo', [path.join(corpus, 'fifo.txt')]);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('lists the documents with their sidecars, and reports everything it leaves out', async () => {
    const { files, skipped } = await listCorpusFiles(corpus);
    expect(files.map((f) => [f.relativePath, f.sidecarPath && path.basename(f.sidecarPath)])).toEqual([
      ['a.txt', 'a.meta.yaml'],
      ['b.md', null],
      ['b.txt', null],
      ['c.txt', null],
    ]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.relativePath, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      [
        '.draft.txt',
        '.git',
        'b.meta.yaml',
        'c.meta.yaml',
        'fifo.txt',
        'linked.txt',
        'orphan.meta.yaml',
        'sub/notes.docx',
      ].sort(),
    );
    expect(reasons['fifo.txt']).toMatch(/FIFO/);
    expect(reasons['linked.txt']).toMatch(/symbolic link/);
    expect(reasons['c.meta.yaml']).toMatch(/symbolic link/);
    expect(reasons['orphan.meta.yaml']).toMatch(/no document/);
    expect(reasons['b.meta.yaml']).toMatch(/b\.md and b\.txt/);
  });

  it('refuses to read a FIFO or a link instead of blocking or leaving the corpus', async () => {
    expect(() => readRegularFile(path.join(corpus, 'fifo.txt'), 1000)).toThrow(/not a regular file/);
    expect(() => readRegularFile(path.join(corpus, 'linked.txt'), 1000)).toThrow(/symbolic link/);
    expect(() => readRegularFile(path.join(corpus, 'b.txt'), 3)).toThrow(/limit/);
    expect(Buffer.from(readRegularFile(path.join(corpus, 'b.txt'), 1000)).toString()).toBe(
      readFileSync(path.join(corpus, 'b.txt'), 'utf8'),
    );
  });
});

describe('file names in progress output', () => {
  it('escape newlines and terminal escapes', () => {
    expect(printable('a\nb\u001b[31mred\u0007.txt')).toBe('a\\nb\\x1b[31mred\\x07.txt');
    expect(printable('Skripsi Ñame.txt')).toBe('Skripsi Ñame.txt');
  });
});

describe('storage errors on the command line', () => {
  it('name the file and say what to check, and leave other errors alone', () => {
    const readOnly = Object.assign(new Error('attempt to write a readonly database'), {
      code: 'SQLITE_READONLY',
    });
    expect(describeStorageError(readOnly, '/srv/data/telaah.db')).toMatch(
      /cannot write to \/srv\/data\/telaah\.db.*read-only/,
    );
    const io = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    expect(describeStorageError(io, 'x.db')).toMatch(/disk may be full/);
    expect(describeStorageError(new Error('something else'), 'x.db')).toBeNull();
  });
});
