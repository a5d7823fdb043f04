import {
  deleteRecord,
  formatDatestamp,
  makeFixtureRecords,
  type FixtureRecord,
} from '../helpers/oai-fixture-records';
import { startOaiFixtureServer } from '../helpers/oai-fixture-server';
import { harvest } from './support/ingest';
import { waitForSearchTotal } from './support/search-total';
import { expect, test } from './support/test';

// A curator points Telaah at a journal's OAI-PMH endpoint while the server runs (`npm run harvest`); a researcher
// then finds a harvested article, reads both its titles and abstracts, and sees where it came from. The journal
// later deletes its records, and the next harvest takes them out again.
const WORD = 'Panenraya';

function withWord(record: FixtureRecord): FixtureRecord {
  const titles = record.titles.map((t) => ({ ...t, value: `${t.value} ${WORD}` }));
  return { ...record, titles };
}

test('a harvested journal article is found, shows both languages and where it was harvested from', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const records = makeFixtureRecords(3, { shape: 'ojs34', seed: 21 }).map(withWord);
  const server = await startOaiFixtureServer({
    records,
    shape: 'ojs34',
    repositoryName: 'Jurnal Kajian Contoh',
  });
  try {
    // Every record: the data folder outlives a run, and its source's date from the last run would skip them.
    const added = await harvest(server.url, 'e2e-journal', ['--full']);
    expect(added.output).toMatch(/3 new/);
    expect(added.status, added.output).toBe(0);
    await waitForSearchTotal(request, WORD, 3);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?q=${WORD}`);
      await page.getByTestId('result').first().getByRole('link').first().click();
      const origin = page.getByTestId('harvest-origin');
      await expect(origin).toContainText('Jurnal Kajian Contoh');
      await expect(origin).toContainText(/oai:jurnal\.example\.ac\.id:article\/\d+/);
      await expect(page.getByTestId('abstract-id')).toBeVisible();
      await expect(page.getByTestId('abstract-en')).toBeVisible();
      await expect(page.locator('[data-provenance="harvested"]').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  } finally {
    // The journal withdraws the records; the next harvest removes them, leaving the store as the other specs expect.
    const later = formatDatestamp(Date.now() + 2000);
    server.setRecords(records.map((r) => ({ ...deleteRecord(r), datestamp: later })));
    const removed = await harvest(server.url, 'e2e-journal');
    expect(removed.output).toMatch(/3 deleted/);
    await waitForSearchTotal(request, WORD, 0);
    await server.close();
  }
});
