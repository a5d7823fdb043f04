import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingest } from './support/ingest';
import { waitForSearchTotal } from './support/search-total';
import { expect, test } from './support/test';

// The README's way to add documents, on a running installation: `npm run ingest` beside the production server
// (started by the Playwright config on its own data folder), and the new study searchable within seconds.
const WORD = 'Kalimantanisasi';

test('a document ingested while the server runs is searchable and has its page within 5 s', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-serving-'));
  const corpusDir = path.join(root, 'corpus');
  try {
    await page.goto('/?q=trafficking'); // the server has read the store and loaded its index
    await expect(page.getByTestId('result').first()).toBeVisible();

    await cp('corpus', corpusDir, { recursive: true });
    await writeFile(
      path.join(corpusDir, 'baru.txt'),
      `PERAN IOM DALAM ${WORD.toUpperCase()} MIGRASI DI INDONESIA\n\nOleh: Dewi Lestari\n\nABSTRAK\n` +
        `Penelitian ini membahas ${WORD} dan peran International Organization for Migration (IOM) dalam ` +
        'penanganan perdagangan manusia di Indonesia pada tahun 2018 sampai 2021.\n',
    );
    const added = await ingest(corpusDir);
    expect(added.output).toMatch(/1 new/);
    expect(added.status, added.output).toBe(0);
    const waited = await waitForSearchTotal(request, WORD, 1);
    expect(waited).toBeLessThan(5000);

    await page.goto(`/?q=${WORD}`);
    await page.getByTestId('result').first().getByRole('link').first().click();
    await expect(page.getByTestId('abstract-id')).toContainText(WORD);
  } finally {
    // Back to the corpus the other specs expect.
    await rm(path.join(corpusDir, 'baru.txt'), { force: true });
    const restored = await ingest(corpusDir);
    expect(restored.status, restored.output).toBe(0);
    await waitForSearchTotal(request, WORD, 0);
    await rm(root, { recursive: true, force: true });
  }
});

test('a thesis and its reworded twin: supervisors shown with their role, each page points at the other', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-serving-'));
  const corpusDir = path.join(root, 'corpus');
  const devset = path.resolve('tests/fixtures/devset/texts');
  const picked = (await readdir(devset)).filter((name) => /^(10|39|41)_/.test(name));
  try {
    await cp('corpus', corpusDir, { recursive: true });
    for (const name of picked) await cp(path.join(devset, name), path.join(corpusDir, name));
    const added = await ingest(corpusDir);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toMatch(/possibly the same study: 39_.* and 41_/);
    const id = (prefix: string) => {
      const line = added.output.split('\n').find((l) => l.includes(` ${prefix}_`)) ?? '';
      return (
        line
          .trim()
          .split(/\s+/)[2]
          ?.replace(/\.txt$/, '') ?? ''
      );
    };
    await expect(async () => {
      await page.goto(`/studies/${id('41')}`);
      await expect(page.getByTestId('near-duplicates')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await page.getByTestId('near-duplicates').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/studies/${id('39')}`));
    await expect(page.getByTestId('near-duplicates')).toBeVisible();

    await page.goto(`/studies/${id('10')}`);
    const facts = page.getByRole('region', { name: /About this study|Tentang penelitian ini/ });
    await expect(facts.getByText(/\((supervisor|pembimbing)\)/).first()).toBeVisible();
  } finally {
    const restored = await ingest('corpus');
    expect(restored.status, restored.output).toBe(0);
    await rm(root, { recursive: true, force: true });
  }
});
