import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStorageError, storageFailureOf } from '@/lib/db/storage-errors';
import { toPostgresSchema } from '@/lib/db/postgres-schema';
import { databaseLocation, describeLocation, indexDir, readEnv, toDatabaseUrl } from '@/lib/env';

const env = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv);
const PG = 'postgresql://telaah:secret@db.example.ac.id:5432/telaah';

describe('the store location', () => {
  it('is a SQLite path by default or for file: URLs, and the URL itself for PostgreSQL', () => {
    expect(databaseLocation(env({ TELAAH_DATA_DIR: '/srv/t' }))).toBe('/srv/t/telaah.db');
    expect(databaseLocation(env({ DATABASE_URL: 'file:/srv/x.db' }))).toBe('/srv/x.db');
    expect(databaseLocation(env({ DATABASE_URL: PG }))).toBe(PG);
    expect(toDatabaseUrl('/srv/x.db')).toBe('file:/srv/x.db');
    expect(toDatabaseUrl(PG)).toBe(PG);
  });

  it('refuses a DATABASE_URL of any other kind, naming both accepted forms', () => {
    expect(() => env({ DATABASE_URL: 'mysql://x/y' })).toThrow(/file:.*postgresql:\/\//);
  });

  it('keeps the index beside SQLite, and an instance copy in the data folder for PostgreSQL', () => {
    expect(indexDir('/srv/t/telaah.db')).toBe('/srv/t/index');
    expect(indexDir(PG, env({ TELAAH_DATA_DIR: '/var/lib/telaah' }))).toBe(
      path.join('/var/lib/telaah', 'index-cache'),
    );
  });

  it('never prints a password', () => {
    expect(describeLocation(PG)).not.toContain('secret');
    expect(describeLocation(PG)).toContain('db.example.ac.id:5432/telaah');
  });
});

describe('PostgreSQL failures', () => {
  it('are storage failures with a sentence naming the server, not the password', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    expect(storageFailureOf(refused)).toBe('ECONNREFUSED');
    const text = describeStorageError(refused, PG);
    expect(text).toMatch(/cannot use the PostgreSQL store .*db\.example\.ac\.id.*ECONNREFUSED/);
    expect(text).not.toContain('secret');
    const login = Object.assign(new Error('password authentication failed for user "telaah"'), {
      code: '28P01',
    });
    expect(storageFailureOf(login)).toBe('28P01');
  });

  it('leave query bugs alone', () => {
    const bug = Object.assign(new Error('column "x" does not exist'), { code: '42703' });
    expect(storageFailureOf(bug)).toBeNull();
  });
});

describe('the PostgreSQL schema', () => {
  const domain = `generator client {\n  provider = "prisma-client"\n  output   = "../lib/db/generated"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n`;

  it('is the domain schema with the provider and the client folder changed, and nothing else', () => {
    const derived = toPostgresSchema(domain);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../lib/db/generated-pg"');
    expect(derived).toContain('model A {\n  id Int @id\n}');
    expect(derived).not.toContain('"sqlite"');
  });

  it('cannot be derived from a schema that lost what it is derived from', () => {
    expect(() => toPostgresSchema(domain.replace('"sqlite"', '"mysql"'))).toThrow(/sqlite datasource/);
  });
});
