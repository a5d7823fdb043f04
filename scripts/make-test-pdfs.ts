// npm run pdfs:make -- --from DIR --to DIR [--layouts one-column,two-column,rows,scan] [--limit N] [--key FILE]
//   [--verbose]
// Renders every .txt/.md of a folder as test PDFs, one folder per layout (<to>/<layout>/<name>.pdf), and with
// --key writes the answer key for them to <to>/key.json. Prints a line per layout with the time taken. Exit 1 on
// bad arguments or a failed run.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LAYOUTS, listTexts, makeLayout, pdfNameOf, writePdfKey } from '../tests/support/pdf/make-test-pdfs';

const usage =
  'usage: npm run pdfs:make -- --from DIR --to DIR [--layouts one-column,two-column,rows,scan] [--limit N] ' +
  '[--key FILE] [--verbose]';
let args: {
  from: string;
  to: string;
  layouts: (typeof LAYOUTS)[number][];
  limit?: number;
  key?: string;
  verbose: boolean;
};
try {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      layouts: { type: 'string' },
      limit: { type: 'string' },
      key: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  args = z
    .object({
      from: z.string().min(1),
      to: z.string().min(1),
      layouts: z
        .string()
        .default(LAYOUTS.join(','))
        .transform((s) => [...new Set(s.split(',').map((l) => l.trim()))])
        .pipe(z.array(z.enum(LAYOUTS)).min(1)),
      limit: z.coerce.number().int().positive().optional(),
      key: z.string().min(1).optional(),
      verbose: z.boolean().default(false),
    })
    .parse(values);
} catch (error) {
  console.error(`pdfs:make: ${(error as Error).message}\n${usage}`);
  process.exit(1);
}

try {
  const names = await listTexts(args.from, args.limit);
  if (names.length === 0) throw new Error(`no .txt or .md files in ${args.from}`);
  for (const layout of args.layouts) {
    const s = await makeLayout(args.from, args.to, names, layout);
    if (args.verbose)
      for (const [name, pages] of Object.entries(s.pagesPerDocument))
        console.log(`  ${layout} ${name} ${pages}`);
    console.log(
      `${layout}: ${s.files} PDFs, ${s.pages} pages, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(1)} s ` +
        `-> ${s.dir}`,
    );
  }
  if (args.key) {
    const keyFile = path.join(args.to, 'key.json');
    const entries = await writePdfKey(args.key, names.map(pdfNameOf), keyFile);
    console.log(`key: ${entries} entries -> ${keyFile}`);
  }
} catch (error) {
  console.error(`pdfs:make: ${(error as Error).message}`);
  process.exit(1);
}
