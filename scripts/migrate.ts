// `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- NAME` writes a new one from the
// schema. Both use Prisma's own schema engine (WebAssembly), so they work with no network.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { databaseLocation, describeLocation, readEnv } from '../lib/env';
import { applyMigrations, createMigration } from '../lib/db/migrations';

const args = z
  .object({
    create: z.boolean().default(false),
    database: z.string().min(1).optional(),
    name: z
      .string()
      .regex(/^[a-z0-9_]+$/, 'a migration name uses lower-case letters, digits and underscores')
      .default('migration'),
  })
  .parse(
    parseArgs({
      options: { create: { type: 'boolean' }, database: { type: 'string' }, name: { type: 'string' } },
    }).values,
  );

const file = args.database ?? databaseLocation(readEnv());
if (args.create) {
  const created = await createMigration(args.name);
  console.log(
    created
      ? `Created migration ${created} for each provider whose schema changed (prisma/migrations, prisma/migrations-postgresql)`
      : 'The schema has not changed: no migration created.',
  );
} else {
  const applied = await applyMigrations(file);
  console.log(
    applied.length
      ? `Applied ${applied.join(', ')} to ${describeLocation(file)}`
      : `${describeLocation(file)} is up to date.`,
  );
}
