// npm run bench:ingest -- [--abstracts 10000] [--articles 1000]
// Generates a corpus, ingests it into a fresh database (parse, store, index) and prints documents per second and
// memory over the run. Memory is sampled through the run so growth with corpus size shows.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runIngest } from '../lib/ingest/run-ingest';
import { journalArticle, thesisAbstract } from '../tests/bench/synthetic-documents';

const args = z
  .object({
    abstracts: z.coerce.number().int().min(0).default(10_000),
    articles: z.coerce.number().int().min(0).default(1_000),
  })
  .parse(parseArgs({ options: { abstracts: { type: 'string' }, articles: { type: 'string' } } }).values);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function bench(label: string, count: number, make: (n: number) => { name: string; text: string }) {
  if (!count) return;
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-bench-ingest-'));
  const corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  for (let n = 0; n < count; n++) {
    const doc = make(n);
    await writeFile(path.join(corpusDir, doc.name), doc.text);
  }
  const samples: { done: number; rss: number; heap: number }[] = [];
  const started = performance.now();
  let parseDone = 0;
  const result = await runIngest({
    corpusDir,
    databaseFile: path.join(root, 'telaah.db'),
    onProgress: (done, total) => {
      if (done % Math.max(1, Math.floor(total / 4)) === 0 || done === total) {
        const m = process.memoryUsage();
        samples.push({ done, rss: m.rss, heap: m.heapUsed });
      }
      if (done === total) parseDone = performance.now();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const storeSeconds = (parseDone - started) / 1000;
  console.log(`\n${label}: ${count} documents, ${result.counts.failed} failed`);
  console.log(
    `  end to end (parse, store, index): ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} documents/s`,
  );
  console.log(
    `  of which parse + store: ${storeSeconds.toFixed(1)} s, index build + write: ${(seconds - storeSeconds).toFixed(1)} s`,
  );
  console.log(`  memory as the run went (documents done: rss / heap used):`);
  for (const s of samples) console.log(`    ${String(s.done).padStart(6)}: ${mb(s.rss)} / ${mb(s.heap)}`);
  console.log(`  peak rss of the process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  await rm(root, { recursive: true, force: true });
}

await bench('abstract-sized documents', args.abstracts, thesisAbstract);
await bench('article-sized documents', args.articles, journalArticle);
