// `npm run db:migrate` and `npm run db:migration:create` as a developer runs them: a fresh store migrated, then found
// up to date; a bad argument refused with a message that names it, and no migration folder written.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

const migrateCli = (...args: string[]) => runCli('scripts/migrate.ts', args);

describe('the migrate command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'telaah-migrate-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('migrates a new store, then finds it up to date', async () => {
    const database = path.join(dir, 'telaah.db');
    const first = await migrateCli('--database', database);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d{14}_\w+/);
    const again = await migrateCli('--database', database);
    expect(again.stdout).toMatch(/is up to date/);
  });

  it('refuses a bad migration name, naming the rule, and writes nothing', async () => {
    const before = await readdir('prisma/migrations');
    const bad = await migrateCli('--create', '--name', 'Add-Column');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^migrate: --name: a migration name uses lower-case letters, digits and underscores/,
    );
    expect(bad.stderr).not.toMatch(/ZodError|at .*\.ts:\d+/);
    expect(await readdir('prisma/migrations')).toEqual(before);
  });

  it('refuses an unknown option with the usage', async () => {
    const bad = await migrateCli('--bogus');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Unknown option '--bogus'/);
    expect(bad.stderr).toMatch(/usage: npm run db:migrate/);
  });
});
