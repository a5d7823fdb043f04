// npm run export -- [--database FILE|URL] [--out FILE]
// Writes every stored study as a JSON array (to stdout without --out). Exit 1 when the store cannot be read.
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDb } from '../lib/db/client';
import { exportStudies } from '../lib/db/export-studies';
import { databaseLocation, readEnv } from '../lib/env';

let args: { database: string; out?: string };
try {
  args = z
    .object({
      database: z.string().min(1).default(databaseLocation(readEnv())),
      out: z.string().min(1).optional(),
    })
    .parse(parseArgs({ options: { database: { type: 'string' }, out: { type: 'string' } } }).values);
} catch (error) {
  console.error(
    `export: ${(error as Error).message}\nusage: npm run export -- [--database FILE|URL] [--out FILE]`,
  );
  process.exit(1);
}

const db = openDb(args.database);
const out = args.out ? createWriteStream(args.out) : process.stdout;
let count = 0;
try {
  out.write('[');
  for await (const record of exportStudies(db)) {
    out.write(`${count ? ',' : ''}\n${JSON.stringify(record, null, 2)}`);
    count += 1;
  }
  out.write('\n]\n');
  if (args.out) console.error(`Exported ${count} studies to ${args.out}`);
} catch (error) {
  console.error(`export: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  if (args.out) out.end();
}
