// npm run bench:parse -- [--sizes 64k,256k,1m,4m] [--shapes repeated,references,...] [--runs 3] [--ordinary 8m]
//   [--budget 30]
// Times the whole pure parse pipeline (parseDocument, in-process) on synthetic hostile documents and prints, per
// shape and size, the median time, the time per MB, and that figure relative to the shape's smallest size: a
// linear parser keeps the ratio near 1. A shape whose run took longer than --budget seconds skips its larger sizes.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseDocument } from '../lib/ingest/parse-document';
import { HOSTILE_SHAPES, hostileDocument, type HostileShape } from '../tests/bench/hostile-documents';

const MB = 1024 * 1024;
// The ordinary article is timed once, at its own size; the other shapes at every size.
const STRESS_SHAPES = HOSTILE_SHAPES.filter((s) => s !== 'ordinary') as [HostileShape, ...HostileShape[]];

const size = z
  .string()
  .regex(/^\d+(?:\.\d+)?[km]?$/i, 'a size such as 64k or 4m')
  .transform((s) => {
    const unit = s.slice(-1).toLowerCase();
    const scale = unit === 'm' ? MB : unit === 'k' ? 1024 : 1;
    return Math.round(Number.parseFloat(s) * scale);
  });
const commaList = z.string().transform((s) => s.split(','));

const args = z
  .object({
    sizes: z.string().default('64k,256k,1m,4m').pipe(commaList).pipe(z.array(size).min(1)),
    shapes: z
      .string()
      .default(STRESS_SHAPES.join(','))
      .pipe(commaList)
      .pipe(z.array(z.enum(STRESS_SHAPES)).min(1)),
    runs: z.coerce.number().int().min(1).max(50).default(3),
    ordinary: z
      .string()
      .default('8m')
      .pipe(z.union([z.literal('0'), size])),
    budget: z.coerce.number().positive().default(30),
  })
  .parse(
    parseArgs({
      options: Object.fromEntries(
        ['sizes', 'shapes', 'runs', 'ordinary', 'budget'].map((name) => [name, { type: 'string' as const }]),
      ),
    }).values,
  );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const label = (bytes: number) =>
  bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;

/** Median ms of at least `runs` parses; small inputs are parsed until ~1 s is spent (up to 25 times). */
function time(bytes: Uint8Array, runs: number, budgetMs: number): number {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs || (performance.now() - started < 1000 && times.length < 25)) {
    const t0 = performance.now();
    parseDocument({ relativePath: 'bench.txt', bytes, sidecar: null });
    times.push(performance.now() - t0);
    if (times[times.length - 1]! > budgetMs) break; // one overlong run is evidence enough
  }
  return median(times);
}

function row(...cells: string[]) {
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(18) : c.padStart(11))).join(''));
}

// Warm-up: vocabularies, matchers and regular expressions compile on the first document.
parseDocument({
  relativePath: 'warm.txt',
  bytes: Buffer.from(hostileDocument('ordinary', 64 * 1024)),
  sidecar: null,
});

const sizes = [...args.sizes].sort((a, b) => a - b);
const cases: Array<[HostileShape, number[]]> = args.shapes.map((shape) => [shape, sizes]);
if (args.ordinary !== '0') cases.push(['ordinary', [args.ordinary]]);

const total = performance.now();
row('shape', 'size', 'ms', 'ms/MB', 'x smallest');
for (const [shape, shapeSizes] of cases) {
  let base: number | null = null;
  let skipping = false;
  for (const bytes of shapeSizes) {
    if (skipping) {
      row(shape, label(bytes), 'skipped', '', '');
      continue;
    }
    const input = Buffer.from(hostileDocument(shape, bytes));
    const ms = time(input, args.runs, args.budget * 1000);
    const perMb = ms / (input.length / MB);
    base ??= perMb;
    row(shape, label(bytes), ms.toFixed(0), perMb.toFixed(0), (perMb / base).toFixed(2));
    skipping = ms > args.budget * 1000;
  }
}
console.log(`total ${((performance.now() - total) / 1000).toFixed(1)} s`);
