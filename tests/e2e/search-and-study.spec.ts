import { expect, test } from './support/test';

test('a researcher searches in Indonesian, opens a study and reads both abstracts', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Search studies in Indonesian or English').fill('perdagangan manusia');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=perdagangan\+manusia/);

  const results = page.getByTestId('result');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThanOrEqual(2);
  await expect(results.first().locator('mark').first()).toBeVisible();

  await results.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/studies\//);
  const indonesian = page.getByTestId('abstract-id');
  const english = page.getByTestId('abstract-en');
  await expect(indonesian).toContainText(/penelitian ini/i);
  await expect(english).toContainText(/(this study|this research)/i);
});

test('a search by organisation finds only its studies', async ({ page }) => {
  await page.goto('/?q=IOM');
  const organisations = page.getByTestId('result').getByTestId('organisations');
  await expect(organisations.first()).toBeVisible();
  expect(await organisations.allTextContents()).toEqual(['IOM', 'IOM']);
});

test('words that never meet in one study: the page says so and shows studies with some of them', async ({
  page,
}) => {
  await page.goto('/?q=Clive+OSEC');
  await expect(
    page.getByRole('status').filter({ hasText: 'No study contains all of these words' }),
  ).toBeVisible();
  const relaxed = await page.getByTestId('result').count();
  expect(relaxed).toBeGreaterThanOrEqual(2);

  await page.getByLabel('Words').selectOption('any');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/match=any/);
  await expect(page.getByText('No study contains all of these words')).toHaveCount(0);
  await expect(page.getByTestId('result')).toHaveCount(relaxed);
});

test('a study that does not exist shows a not-found page', async ({ page }) => {
  const response = await page.goto('/studies/no-such-study');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Study not found' })).toBeVisible();
});

test('a study page says where each field came from: extracted, or derived when the source states no title', async ({
  page,
}) => {
  await page.goto('/studies/000_ca4bf7d1b30f51f4');
  await expect(page.locator('h1 [data-provenance="derived"]')).toBeVisible();
  // Abstracts, kind, organisations, countries, actors, methods and frameworks each carry a badge.
  expect(await page.locator('[data-provenance="extracted"]').count()).toBeGreaterThanOrEqual(6);
});
