import { expect, test } from './support/test';

test('the interface switches between Indonesian and English and remembers the choice', async ({ page }) => {
  await page.goto('/browse');
  const nav = page.getByRole('navigation').first();

  await page.getByTestId('language-id').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jelajahi korpus');
  await expect(nav.getByRole('link', { name: 'Linimasa' })).toBeVisible();

  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Browse the corpus');
  await expect(nav.getByRole('link', { name: 'Timeline' })).toBeVisible();

  // Remembered on the next page, read on the server: the first paint is already in the chosen language.
  await page.getByTestId('language-id').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linimasa periode');
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Cari', exact: true })).toBeVisible();
});

test('every page works at 375 px wide without sideways scrolling of the page itself', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of [
    '/browse',
    '/browse/organisation/iom',
    '/timeline',
    '/frameworks',
    '/frameworks/transnational-advocacy-networks',
    '/compare/studies',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
