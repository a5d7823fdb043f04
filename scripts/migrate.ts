// `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- --name NAME` writes a new one from the
// schema. Both use Prisma's own schema engine (WebAssembly), so they work with no network.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { databaseLocation, describeLocation, readEnv } from '../lib/env';
import { applyMigrations, createMigration } from '../lib/db/migrations';

const argsSchema = z.object({
  create: z.boolean().default(false),
  database: z.string().min(1).optional(),
  name: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'a migration name uses lower-case letters, digits and underscores')
    .default('migration'),
});
const USAGE =
  'usage: npm run db:migrate [-- --database FILE|URL]\n       npm run db:migration:create -- --name NAME';

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: { create: { type: 'boolean' }, database: { type: 'string' }, name: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  args = parsed.data;
} catch (error) {
  console.error(`migrate: ${(error as Error).message}\n${USAGE}`);
  process.exit(1);
}

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
