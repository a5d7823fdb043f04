// Ad-hoc profiler target: builds a 10k corpus and runs one query class in a loop (node --cpu-prof).
import { buildSearchIndex, searchIndex } from '../../lib/search';
import { generateCorpus } from './synthetic';
const index = buildSearchIndex(generateCorpus(Number(process.argv[2] ?? 10000)).studies);
const qs = (process.argv[3] ?? 'penelitian').split('|');
const t = performance.now();
let n = 0;
while (performance.now() - t < Number(process.env.SECS ?? 5) * 1000)
  for (const q of qs) {
    searchIndex(index, { q, filters: {}, page: 1, size: 20, language: 'all' });
    n++;
  }
console.log(`${(((performance.now() - t) * 1000) / n).toFixed(0)} µs/query`);
