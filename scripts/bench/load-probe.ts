// Loads a persisted index in a fresh process (run with --expose-gc) and prints load time and the memory the
// loaded index holds, as JSON; a fresh process keeps the benchmark's own corpus out of the figure.
import { readSearchIndex } from '../../lib/search';
import { memory } from './measure';

const before = memory();
const t = performance.now();
const index = await readSearchIndex(process.argv[2]!);
const loadMs = performance.now() - t;
const bytes = memory() - before;
const rss = process.memoryUsage().rss;
console.log(JSON.stringify({ loadMs, bytes, rss, docs: index.docCount }));
