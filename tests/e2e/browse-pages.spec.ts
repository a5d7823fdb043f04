import { expect, test } from './support/test';

// The browse, timeline and framework pages over the seed corpus (answer key: shared/corpus/EXPECTED.md).
// Fix the interface language so the labels these tests click are known.
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
});

test('browsing by organisation: IOM lists its two studies, and a country narrows them', async ({ page }) => {
  await page.goto('/browse');
  await page.getByTestId('facet-values-organisation').getByRole('link', { name: /^IOM/ }).click();
  await expect(page).toHaveURL(/\/browse\/organisation\/iom$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'International Organization for Migration',
  );
  const studies = page.getByTestId('study');
  await expect(studies).toHaveCount(2);
  expect(await studies.getByTestId('organisations').allTextContents()).toEqual(['IOM', 'IOM']);

  // Combining facets keeps a shareable URL.
  await page
    .locator('[aria-labelledby="refine-country"]')
    .getByRole('link', { name: /Indonesia/ })
    .click();
  await expect(page).toHaveURL(/\/browse\/organisation\/iom\?country=id$/);
  await expect(studies).toHaveCount(2);
});

test('the timeline draws each stated period as a bar and lists the study without one apart', async ({
  page,
}) => {
  await page.goto('/timeline');
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  for (const period of ['2010-2019', '2017-2022', '2023-2024']) {
    await expect(timeline.locator(`[data-testid="timeline-bar"][data-period="${period}"]`)).toHaveCount(1);
  }
  const undated = page.getByTestId('undated');
  await expect(undated.getByTestId('study')).toHaveCount(1);
  await expect(undated.getByRole('link').first()).toHaveAttribute('href', /\/studies\/000_/);

  // Keyboard: a bar takes focus and Enter opens its study.
  const bar = timeline.locator('[data-testid="timeline-bar"][data-period="2017-2022"]');
  await bar.focus();
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/studies\/004_/);
});

test('the timeline has a table alternative and groups by country', async ({ page }) => {
  await page.goto('/timeline?group=country');
  await page.getByText('The same periods as a table').click();
  const table = page.getByTestId('timeline-table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('Philippines');
  await expect(table).toContainText('2023');
});

test('the TAN framework page explains it and quotes study 000', async ({ page }) => {
  await page.goto('/frameworks');
  await page.getByRole('link', { name: 'Transnational Advocacy Networks' }).first().click();
  await expect(page).toHaveURL(/\/frameworks\/transnational-advocacy-networks$/);
  await expect(page.getByTestId('summary-en')).toBeVisible();
  await expect(page.getByTestId('summary-id')).toBeVisible();
  await expect(page.getByText('Margaret E. Keck')).toBeVisible();
  const use = page.getByTestId('framework-study').filter({ has: page.locator('a[href*="/studies/000_"]') });
  await expect(use).toHaveCount(1);
  await expect(use.locator('blockquote')).toContainText(
    /transnational advocacy network|jaringan advokasi transnasional|\bTAN\b/i,
  );
  await use.getByRole('link', { name: 'Read it in the study' }).click();
  await expect(page).toHaveURL(/\/studies\/000_/);
});
