import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderTwoColumn } from '../support/render-pdf';
import { ingest } from './support/ingest';
import { waitForSearchTotal } from './support/search-total';
import { expect, test } from './support/test';

// A journal article that reaches the corpus as a PDF: ingested beside the running server, its study page shows both
// abstracts, a quote links to its page of the original, and the link gives the PDF.
const WORD = 'Nusakambangan';

test('a study read from a PDF: both abstracts, a quote linked to its page, the original PDF', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-pdf-'));
  const corpusDir = path.join(root, 'corpus');
  try {
    await cp('corpus', corpusDir, { recursive: true });
    const text = (await readFile('corpus/003_46d0c4582f3a856d.txt', 'utf8')).replace(
      'Perdagangan manusia merupakan',
      `Perdagangan manusia di ${WORD} merupakan`,
    );
    const pdf = await renderTwoColumn(text);
    await writeFile(path.join(corpusDir, 'iom-jurnal.pdf'), pdf);
    const added = await ingest(corpusDir);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toMatch(/1 new/);

    await waitForSearchTotal(request, WORD, 1);
    await page.goto(`/?q=${WORD}`);
    await page.getByTestId('result').first().getByRole('link').first().click();
    await expect(page.getByTestId('abstract-id')).toContainText(WORD);
    await expect(page.getByTestId('abstract-en')).toContainText('Human trafficking');

    const original = page.getByTestId('original-file');
    await expect(original).toBeVisible();
    const quoteLink = page.getByTestId('framework-use').first().getByTestId('page-link');
    const href = await quoteLink.getAttribute('href');
    expect(href).toMatch(/\/studies\/[^/]+\/original#page=\d+$/);

    // Following the link gives the PDF itself (the browser shows it or saves it; either way the PDF arrives).
    const response = page.waitForResponse((r) => r.url().includes('/original'));
    await quoteLink.click();
    const served = await response;
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('application/pdf');
    const body = await request.get(String(href).replace(/#.*$/, ''));
    expect(Buffer.from(await body.body()).equals(Buffer.from(pdf))).toBe(true);
  } finally {
    await rm(path.join(corpusDir, 'iom-jurnal.pdf'), { force: true });
    const restored = await ingest(corpusDir);
    expect(restored.status, restored.output).toBe(0);
    // The next specs expect the corpus without it: wait until the server has swapped to the restored index.
    await waitForSearchTotal(request, WORD, 0);
    await rm(root, { recursive: true, force: true });
  }
});
