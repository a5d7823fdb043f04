// Loads a persisted index in a fresh process (run with --expose-gc) and prints load time (until it answers
// queries), the time until its body text is in memory too, and the memory it holds, as JSON; a fresh process
// keeps the benchmark's own corpus out of the figure.
import { readSearchIndex, whenTextLoaded } from '../../lib/search';
import { memory } from './measure';

const before = memory();
const t = performance.now();
const index = await readSearchIndex(process.argv[2]!);
const loadMs = performance.now() - t;
// The body text kept in memory arrives after the index is ready; the memory figure includes it.
await whenTextLoaded(index);
const textMs = performance.now() - t;
const bytes = memory() - before;
const rss = process.memoryUsage().rss;
console.log(JSON.stringify({ loadMs, textMs, bytes, rss, docs: index.docCount }));
