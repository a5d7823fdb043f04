import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  readSearchIndex,
  searchIndex,
  suggest,
  writeSearchIndex,
  type SearchRequest,
} from '@/lib/search';
import { fixtureGlossary, fixtureStudies } from '../../scripts/bench/corpus-fixtures';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'telaah-search-'));
  dirs.push(d);
  return d;
};
const req = (q: string): SearchRequest => ({ q, filters: {}, page: 1, size: 10, language: 'all' });
const QUERIES = [
  'penanganan',
  'human trafficking',
  'Philippines',
  '"agenda setter"',
  'perdagangn',
  'TPPO',
  '',
];

describe('search index persistence', () => {
  it('write then read gives the same results', async () => {
    const dir = await tempDir();
    const built = buildSearchIndex(fixtureStudies, {
      glossary: fixtureGlossary,
      extraSuggestions: [
        { kind: 'organisation', label: 'International Organization for Migration', value: 'iom' },
      ],
    });
    await writeSearchIndex(built, dir);
    const loaded = await readSearchIndex(dir);
    for (const q of QUERIES) expect(searchIndex(loaded, req(q)), q).toEqual(searchIndex(built, req(q)));
    expect(suggest(loaded, 'intern')).toEqual(suggest(built, 'intern'));
    expect(suggest(loaded, 'intern')[0]).toEqual({
      kind: 'organisation',
      label: 'International Organization for Migration',
      value: 'iom',
    });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a rebuild is swapped in atomically and the old index stays readable', async () => {
    const dir = await tempDir();
    await writeSearchIndex(buildSearchIndex(fixtureStudies.slice(0, 2), { glossary: fixtureGlossary }), dir);
    const old = await readSearchIndex(dir);
    // Readers racing the swap see either the old or the new index, never a broken one.
    const readers = Array.from({ length: 8 }, () => readSearchIndex(dir).then((ix) => ix.docCount));
    const writing = writeSearchIndex(buildSearchIndex(fixtureStudies, { glossary: fixtureGlossary }), dir);
    const counts = await Promise.all(readers);
    await writing;
    for (const n of counts) expect([2, 4]).toContain(n);
    expect(searchIndex(old, req('Philippines')).total).toBe(2);
    expect(searchIndex(old, req('Clive Archer')).total).toBe(0);
    const fresh = await readSearchIndex(dir);
    expect(fresh.docCount).toBe(4);
    expect(searchIndex(fresh, req('Clive Archer')).hits[0]!.id).toBe('004');
  });

  it('refuses a file that is not an index', async () => {
    const dir = await tempDir();
    await expect(readSearchIndex(dir)).rejects.toThrow();
  });
});
