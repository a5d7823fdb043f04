// With site data blocked (or in a cross-site frame) Chromium throws a SecurityError from the localStorage and
// sessionStorage getters themselves. The pages must still work; only the remembered lists are missing, and the
// add-to-list control says why.
import { expect, test, type Page } from './support/test';

const UNAVAILABLE = /does not let the site keep data/;

async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(
            `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
            'SecurityError',
          );
        },
      });
    }
  });
}

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(`storage blocked, ${name}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page, context, baseURL }) => {
      await context.addCookies([
        { name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' },
      ]);
      await blockStorage(page);
    });

    test('search, open a study, and the add-to-list control explains the missing lists', async ({ page }) => {
      await page.goto('/');
      await expect(page.evaluate(() => window.localStorage)).rejects.toThrow(
        /SecurityError|Access is denied/,
      );
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Search studies in Indonesian or English').fill('trafficking');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/q=trafficking/);
      const result = page.getByTestId('result').first();
      await expect(result).toBeVisible();
      await page.waitForLoadState('networkidle');
      await result.getByRole('button', { name: /Add to reading list/ }).click();
      await expect(result.getByText(UNAVAILABLE)).toBeVisible();
      await expect(result.getByRole('link', { name: 'Start a new list with this study' })).toBeVisible();

      await result.getByRole('link').first().click();
      await expect(page).toHaveURL(/\/studies\//);
      await expect(page.getByTestId('abstract-en')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: /Add to reading list/ }).click();
      await expect(page.getByText(UNAVAILABLE)).toBeVisible();
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
    });

    test('a list can still be created and edited; the pages say its link is not remembered', async ({
      page,
    }) => {
      await page.goto('/lists');
      await expect(page.getByText(/so it remembers no reading lists/)).toBeVisible();
      await page.goto('/lists/new');
      await page.waitForLoadState('networkidle');
      await page.getByLabel(/^Title/).fill(`Blocked storage ${name}`);
      await page.getByRole('button', { name: 'Create the list' }).click();
      await expect(page).toHaveURL(/\/lists\/[\w-]+\/edit\?token=/);
      await expect(page.getByRole('heading', { name: `Blocked storage ${name}` })).toBeVisible();
      await expect(page.getByText(/cannot remember this link/)).toBeVisible();
      await page.getByLabel('New section').fill('Week 1');
      await page.getByRole('button', { name: 'Add section' }).click();
      await expect(page.getByRole('status')).toContainText('Added section “Week 1”');
      await expect(page.getByText('Something went wrong')).toHaveCount(0);
    });
  });
}

test('when the server cannot write its store, the editor says so instead of failing silently', async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
  await page.goto('/lists/new');
  await page.waitForLoadState('networkidle');
  await page.getByLabel(/^Title/).fill('Read-only store');
  await page.getByRole('button', { name: 'Create the list' }).click();
  await expect(page).toHaveURL(/\/edit\?token=/);
  // The server's answer for a read-only store (see tests/integration/reading-lists-storage.test.ts).
  await page.route('**/api/reading-lists/**', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'storage unavailable' } }),
    }),
  );
  await page.getByLabel('New section').fill('Week 1');
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'the server cannot write to its storage' }),
  ).toBeVisible();
});
