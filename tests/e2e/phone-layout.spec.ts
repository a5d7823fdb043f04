import { expect, test, type Page } from './support/test';

// On a 390 px phone the results come first (the facets wait behind a Filter button), the study comparison and the
// timeline fit the width of the screen; at 1280 px the facets stay beside the results as before.

const PHONE = { width: 390, height: 844 };
const THREE_STUDIES =
  '/compare/studies?study=003_46d0c4582f3a856d&study=004_ee0b6ec72090fab7&study=000_ca4bf7d1b30f51f4';

const pageSize = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  test('the first search result is on the first screen and the Filter button opens the facets', async ({
    page,
  }) => {
    await page.goto('/?q=trafficking');
    const first = page.getByTestId('result').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(PHONE.height * 0.9);

    const filter = page.getByTestId('filter-disclosure');
    const facetLinks = filter.getByRole('link');
    await expect(facetLinks.first()).toBeHidden();
    await filter.getByText('Filter', { exact: true }).click();
    await expect(facetLinks.first()).toBeVisible();
    const total = await page.getByTestId('result').count();
    // The first value of the first facet, which some but not all results share.
    const choice = filter
      .getByRole('link')
      .filter({ hasNotText: String(total) })
      .first();
    await choice.click();
    await expect(page).toHaveURL(/[?&](organisation|country|kind|framework|method|language|year|period)=/);
    await expect(page.getByTestId('filter-disclosure').getByText('Filter (1 active)')).toBeVisible();
    expect(await page.getByTestId('result').count()).toBeLessThan(total);
    expect((await pageSize(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
  });

  test('a browse page lists its studies first, its refinements behind the Filter button', async ({
    page,
  }) => {
    await page.goto('/browse/organisation/iom');
    const first = page.getByTestId('study').first();
    const box = await first.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(PHONE.height * 0.9);
    const filter = page.getByTestId('filter-disclosure');
    await expect(filter.getByRole('heading', { name: /Narrow/ })).toBeHidden();
    await filter.getByText('Filter', { exact: true }).click();
    await expect(filter.getByRole('heading', { name: /Narrow/ })).toBeVisible();
  });

  test('three studies compared stack as cards, with no sideways overflow and a page far shorter than before', async ({
    page,
  }) => {
    await page.goto(THREE_STUDIES);
    const cards = page
      .getByTestId('study-comparison-cards')
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading'),
      });
    await expect(cards).toHaveCount(3);
    await expect(page.getByTestId('study-comparison')).toBeHidden();
    await expect(cards.first().locator('[data-aspect="period"]')).toContainText('Period studied');
    const { scrollWidth, clientWidth, height } = await pageSize(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The table of narrow columns ran to about 19,500 px here.
    expect(height).toBeLessThan(9_000);
  });

  test('the timeline fits the screen: every bar and year is in view without scrolling sideways', async ({
    page,
  }) => {
    await page.goto('/timeline');
    const timeline = page.getByTestId('timeline-narrow');
    await expect(timeline).toBeVisible();
    await expect(page.getByTestId('timeline')).toBeHidden();
    const bars = timeline.locator('[data-testid="timeline-narrow-bar"] rect:last-of-type');
    expect(await bars.count()).toBeGreaterThan(0);
    for (const box of await bars.evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(PHONE.width);
    const { scrollWidth, clientWidth } = await pageSize(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The bars span several years, not the one year the wide drawing showed at this width.
    const years = await timeline.locator('g[aria-hidden="true"] text').allInnerTexts();
    expect(years.length).toBeGreaterThan(2);
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the facets stay beside the results without a Filter button, and the comparison is a table', async ({
    page,
  }) => {
    await page.goto('/?q=trafficking');
    const filter = page.getByTestId('filter-disclosure');
    await expect(filter.getByText('Filter', { exact: true })).toBeHidden();
    await expect(filter.getByRole('link').first()).toBeVisible();
    await expect(filter).toHaveAttribute('open', '');
    await page.goto(THREE_STUDIES);
    await expect(page.getByTestId('study-comparison').getByRole('columnheader')).toHaveCount(3);
    await expect(page.getByTestId('study-comparison-cards')).toBeHidden();
    await page.goto('/timeline');
    await expect(page.getByTestId('timeline')).toBeVisible();
    await expect(page.getByTestId('timeline-narrow')).toBeHidden();
  });
});
