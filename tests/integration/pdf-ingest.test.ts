import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { getStudy } from '@/lib/db/get-study';
import { getStudyOriginal } from '@/lib/db/get-study-original';
import { runIngest } from '@/lib/ingest/run-ingest';
import {
  corruptPdf,
  encryptedPdf,
  htmlAsPdf,
  imageAsPdf,
  renderOneColumn,
  renderScan,
  renderTwoColumn,
  truncatedPdf,
  zeroPagePdf,
} from '../support/render-pdf';
import { makeWorkspace } from '../helpers/temp-corpus';

// PDFs made by our own renderers from the corpus's texts, ingested into a real SQLite file through the same run as
// text files; and PDFs that are not readable, each reported on its own while the others are stored.
describe('ingesting PDFs', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let iom: string;
  beforeAll(async () => {
    ws = await makeWorkspace({ copyCorpus: false });
    await mkdir(ws.corpusDir, { recursive: true });
    iom = await readFile('corpus/003_46d0c4582f3a856d.txt', 'utf8');
    const ijm = await readFile('corpus/000_ca4bf7d1b30f51f4.txt', 'utf8');
    const files: Record<string, Uint8Array | Promise<Uint8Array>> = {
      'iom-journal.pdf': renderTwoColumn(iom),
      'ijm-thesis.pdf': renderOneColumn(ijm),
      'locked.pdf': encryptedPdf(iom),
      'cut-short.pdf': renderOneColumn(ijm).then((bytes) => truncatedPdf(bytes)),
      'garbled.pdf': corruptPdf(),
      'viewer-page.pdf': htmlAsPdf(),
      'picture.pdf': imageAsPdf(),
      'empty.pdf': zeroPagePdf(),
    };
    for (const [name, bytes] of Object.entries(files))
      await writeFile(path.join(ws.corpusDir, name), await bytes);
  }, 60_000);
  afterAll(() => ws.cleanup());

  it('stores the readable PDFs and reports each unreadable one with its reason', async () => {
    const result = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    const byFile = Object.fromEntries(result.outcomes.map((o) => [o.file, o]));
    expect(byFile['iom-journal.pdf']?.status).toBe('new');
    expect(byFile['ijm-thesis.pdf']?.status).toBe('new');
    expect(byFile['locked.pdf']?.error).toMatch(/encrypted/);
    expect(byFile['cut-short.pdf']?.error).toMatch(/damaged or truncated|could not be read/);
    expect(byFile['garbled.pdf']?.error).toMatch(/damaged or truncated|could not be read/);
    expect(byFile['viewer-page.pdf']?.error).toMatch(/web page \(HTML\)/);
    expect(byFile['picture.pdf']?.error).toMatch(/an image/);
    expect(byFile['empty.pdf']?.error).toMatch(/no pages/);
    expect(result.counts).toMatchObject({ new: 2, failed: 6 });
    // Nothing of a failed file was written.
    const sqlite = new Database(ws.databaseFile, { readonly: true });
    const ids = sqlite.prepare('SELECT sourceFile FROM Study ORDER BY sourceFile').pluck().all();
    sqlite.close();
    expect(ids).toEqual(['ijm-thesis.pdf', 'iom-journal.pdf']);
  }, 120_000);

  it('reads a two-column journal PDF as the text file reads: titles, abstracts, organisation, period', async () => {
    const db = openDb(ws.database);
    const study = await getStudy('iom-journal', db);
    await db.$disconnect();
    expect(study?.format).toBe('pdf');
    expect(study?.titles.id).toMatch(/^Upaya International Organization for Migration dalam Penanganan/i);
    expect(study?.abstracts.id).toMatch(/^Perdagangan manusia merupakan/);
    expect(study?.abstracts.en).toMatch(/^Human trafficking is one of/);
    expect(study?.organisations.map((o) => o.acronym)).toEqual(['IOM']);
    expect(study?.period).toEqual({ from: 2023, to: 2024 });
    // The running head and the page numbers are gone from the text; every page is listed; fields know their page.
    expect(study?.repairs.some((r) => r.kind === 'page-number')).toBe(true);
    expect(study?.pages.map((p) => p.page)).toEqual(study?.pages.map((_, i) => i + 1));
    expect(study?.pages.every((p) => p.ocrConfidence === null)).toBe(true);
    const titleProvenance = study?.provenance.titleId;
    expect(titleProvenance?.source === 'extracted' && titleProvenance.page).toBe(1);
    expect(study?.frameworkUses.some((f) => f.provenance.source === 'extracted' && f.provenance.page)).toBe(
      true,
    );
  });

  it('keeps the original PDF, byte for byte, for the study page to offer', async () => {
    const db = openDb(ws.database);
    const original = await getStudyOriginal('iom-journal', db);
    await db.$disconnect();
    expect(original?.mediaType).toBe('application/pdf');
    expect(original?.fileName).toBe('iom-journal.pdf');
    expect(
      Buffer.from(original?.bytes ?? []).equals(await readFile(path.join(ws.corpusDir, 'iom-journal.pdf'))),
    ).toBe(true);
  });

  it('changes nothing when run again, and re-reads a PDF that changed', async () => {
    const again = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2, failed: 6 });
    await writeFile(path.join(ws.corpusDir, 'ijm-thesis.pdf'), await renderOneColumn(`${iom}\n`));
    const changed = await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 1 });
  }, 120_000);

  it('reads a scanned PDF (no text layer) by OCR and stores each page with its confidence', async () => {
    const scanDir = path.join(ws.root, 'scans');
    await mkdir(scanDir);
    const front = iom
      .split(/\n\s*\n/)
      .slice(0, 8)
      .join('\n\n'); // the title page and abstracts: one page
    await writeFile(path.join(scanDir, 'iom-scan.pdf'), await renderScan(await renderOneColumn(front)));
    const databaseFile = path.join(ws.root, 'scans.db');
    const result = await runIngest({ corpusDir: scanDir, database: databaseFile });
    expect(result.counts).toMatchObject({ new: 1, failed: 0 });
    const db = openDb(databaseFile);
    const study = await getStudy('iom-scan', db);
    await db.$disconnect();
    expect(study?.pages.length).toBeGreaterThan(0);
    expect(study?.pages.every((p) => (p.ocrConfidence ?? 0) > 60)).toBe(true);
    expect(study?.titles.id).toMatch(/International Organization for Migration/i);
    expect(study?.abstracts.id).toMatch(/Perdagangan manusia/);
  }, 180_000);
});
