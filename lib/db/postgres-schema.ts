import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// The domain schema is kept once, in prisma/schema.prisma (SQLite, the embedded default). Prisma takes one provider
// per schema, so the PostgreSQL schema is derived from it: the same models, another provider, and a client generated
// into a folder of its own. Nothing in the models is provider-specific; if that ever changes, the difference
// belongs here, in one place.
export const DOMAIN_SCHEMA = path.resolve('prisma/schema.prisma');
export const POSTGRES_SCHEMA = path.resolve('prisma/postgresql/schema.prisma');

const HEADER =
  '// Generated from prisma/schema.prisma by lib/db/postgres-schema.ts (npm run db:generate): do not edit.\n';

export function toPostgresSchema(domainSchema: string): string {
  const datasource = /datasource db \{[^}]*provider\s*=\s*"sqlite"[^}]*\}/;
  const output = /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/db\/generated"/;
  if (!datasource.test(domainSchema) || !output.test(domainSchema))
    throw new Error(
      'prisma/schema.prisma no longer has the sqlite datasource and ../lib/db/generated output that ' +
        'lib/db/postgres-schema.ts derives the PostgreSQL schema from',
    );
  return (
    HEADER +
    domainSchema
      .replace(datasource, (block) => block.replace('"sqlite"', '"postgresql"'))
      .replace(output, '$1"../../lib/db/generated-pg"')
  );
}

/** Writes prisma/postgresql/schema.prisma from the domain schema; returns its text. */
export async function writePostgresSchema(): Promise<string> {
  const text = toPostgresSchema(await readFile(DOMAIN_SCHEMA, 'utf8'));
  await mkdir(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  await writeFile(POSTGRES_SCHEMA, text);
  return text;
}
