// npm run bench:ingest -- [--abstracts 10000] [--articles 1000] [--pdfs 200] [--scans 4]
// Generates a corpus, ingests it into a fresh database (parse, store, index) and prints documents per second and
// memory over the run. Memory is sampled through the run so growth with corpus size shows. PDFs: two-page journal
// PDFs with a text layer (documents/s), and one-page scans read by OCR (seconds per page). With a PostgreSQL
// DATABASE_URL each run ingests into a fresh database made on that server (and dropped after), else a SQLite file.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb } from '../lib/db/client';
import { isPostgresUrl } from '../lib/env';
import { runIngest } from '../lib/ingest/run-ingest';
import { journalArticle, thesisAbstract } from '../tests/bench/synthetic-documents';
import { renderOneColumn, renderScan, renderTwoColumn } from '../tests/support/render-pdf';

const args = z
  .object({
    abstracts: z.coerce.number().int().min(0).default(10_000),
    articles: z.coerce.number().int().min(0).default(1_000),
    pdfs: z.coerce.number().int().min(0).default(200),
    scans: z.coerce.number().int().min(0).default(4),
  })
  .parse(
    parseArgs({
      options: {
        abstracts: { type: 'string' },
        articles: { type: 'string' },
        pdfs: { type: 'string' },
        scans: { type: 'string' },
      },
    }).values,
  );

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface BenchDocument {
  name: string;
  text?: string;
  bytes?: Uint8Array;
}

async function bench(
  label: string,
  count: number,
  make: (n: number) => BenchDocument | Promise<BenchDocument>,
  /** PDFs: report the pages the store recorded, and the seconds per page (for OCR, where pages are the unit). */
  pages?: { secondsPerPage: boolean },
) {
  if (!count) return;
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-bench-ingest-'));
  const corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  for (let n = 0; n < count; n++) {
    const doc = await make(n);
    await writeFile(path.join(corpusDir, doc.name), doc.bytes ?? doc.text ?? '');
  }
  const store = await freshStore(root);
  const samples: { done: number; rss: number; heap: number }[] = [];
  const started = performance.now();
  let parseDone = 0;
  const result = await runIngest({
    corpusDir,
    database: store.location,
    indexDir: path.join(root, 'index'),
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
  console.log(`\n${label} (${store.kind}): ${count} documents, ${result.counts.failed} failed`);
  console.log(
    `  end to end (parse, store, index): ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(0)} documents/s`,
  );
  console.log(
    `  of which parse + store: ${storeSeconds.toFixed(1)} s, index build + write: ${(seconds - storeSeconds).toFixed(1)} s`,
  );
  if (pages) {
    const stored = await countPages(store.location);
    const rate = pages.secondsPerPage ? ` ${(seconds / stored).toFixed(2)} s per page` : '';
    console.log(`  ${stored} pages (${(stored / count).toFixed(1)} per document)${rate}`);
  }
  console.log(`  memory as the run went (documents done: rss / heap used):`);
  for (const s of samples) console.log(`    ${String(s.done).padStart(6)}: ${mb(s.rss)} / ${mb(s.heap)}`);
  console.log(`  peak rss of the process: ${mb(process.resourceUsage().maxRSS * 1024)}`);
  await store.drop();
  await rm(root, { recursive: true, force: true });
}

async function onServer(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function freshStore(root: string) {
  const server = process.env.DATABASE_URL;
  if (!server || !isPostgresUrl(server))
    return { kind: 'SQLite', location: path.join(root, 'telaah.db'), drop: async () => {} };
  const name = `telaah_bench_${randomBytes(4).toString('hex')}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    kind: 'PostgreSQL',
    location: url.toString(),
    drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Pages the store recorded for its PDFs. */
async function countPages(location: string): Promise<number> {
  const db = openDb(location);
  try {
    const rows = await db.study.findMany({ where: { format: 'pdf' }, select: { pages: true } });
    return rows.reduce((sum, row) => sum + (Array.isArray(row.pages) ? row.pages.length : 0), 0);
  } finally {
    await db.$disconnect();
  }
}

// Two pages of a journal: an abstract-sized document, its first paragraphs again as an introduction.
const twoPageArticle = async (n: number) => {
  const doc = thesisAbstract(n);
  const body = doc.text
    .split(/\n\s*\n/)
    .slice(-4)
    .join('\n\n');
  const text = `${doc.text}\n\nPENDAHULUAN\n\n${body}\n\n${body}\n\nKESIMPULAN\n\n${body}\n`;
  return { name: doc.name.replace(/\.\w+$/, '.pdf'), bytes: await renderTwoColumn(text) };
};
const scannedPage = async (n: number) => {
  const doc = thesisAbstract(n);
  const front = doc.text
    .split(/\n\s*\n/)
    .slice(0, 6)
    .join('\n\n');
  return {
    name: doc.name.replace(/\.\w+$/, '-scan.pdf'),
    bytes: await renderScan(await renderOneColumn(front)),
  };
};

await bench('abstract-sized documents', args.abstracts, thesisAbstract);
await bench('article-sized documents', args.articles, journalArticle);
await bench('two-page PDFs with a text layer', args.pdfs, twoPageArticle, { secondsPerPage: false });
await bench('scanned PDFs (OCR, 300 dpi)', args.scans, scannedPage, { secondsPerPage: true });
