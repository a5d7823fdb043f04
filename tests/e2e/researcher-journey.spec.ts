import { expect, test, type Page } from './support/test';

// A researcher's first visit on a phone, in one go: a suggestion while typing, a search that leaves IOM out, the
// facets behind the Filter button, an author search, the study, a citation copied. (The lecturer's journey is in
// list-notes.spec.ts, the student's three-study comparison at 390 px in phone-layout.spec.ts.)

const PHONE = { width: 390, height: 844 };
const box = (page: Page) => page.getByRole('combobox', { name: 'Search studies in Indonesian or English' });
const results = (page: Page) => page.getByTestId('result');

test.use({ viewport: PHONE });

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
});

test('a researcher on a phone searches, filters, finds an author and copies a citation', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/');

  // A suggestion completes the word being typed.
  await box(page).pressSequentially('traffi', { delay: 30 });
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('option', { name: /trafficking/i }).first()).toBeVisible();
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/q=traffi/);
  const all = await results(page).count();
  expect(all).toBeGreaterThan(2);

  // Leave the IOM studies out.
  await box(page).fill('trafficking -IOM');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/q=trafficking\+-IOM/);
  await expect(results(page)).toHaveCount(2);
  const first = await results(page).first().boundingBox();
  expect(first?.y ?? Infinity).toBeLessThan(PHONE.height); // results first, not under the facets

  // The facets wait behind the Filter button; a value some of the results share narrows them.
  const filter = page.getByTestId('filter-disclosure');
  await filter.getByText('Filter', { exact: true }).click();
  await filter.getByRole('link').filter({ hasNotText: '2' }).first().click();
  await expect(page.getByTestId('filter-disclosure').getByText('Filter (1 active)')).toBeVisible();
  await expect(results(page)).toHaveCount(1);
  await expect(box(page)).toHaveValue('trafficking -IOM');

  // An author on the result is a search for their studies.
  const author = results(page).getByTestId('authors').getByRole('link').first();
  const name = (await author.textContent()) ?? '';
  await author.click();
  await expect(box(page)).toHaveValue(`author:"${name}"`);
  await expect(results(page).first()).toBeVisible();

  // The study, and its citation on the clipboard, linked to this server.
  const study = results(page).first().getByRole('link').first();
  await study.click();
  await expect(page).toHaveURL(/\/studies\//);
  const cite = page.getByTestId('cite-this');
  await cite.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(cite.getByRole('status').first()).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(name.split(' ').at(-1) ?? name);
  expect(copied).toContain(`${baseURL}/studies/`);
  const size = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(size[0]).toBeLessThanOrEqual(size[1] ?? PHONE.width);
});

test('no page runs off the side of a 390 px screen', async ({ page }) => {
  const pages = [
    '/?q=trafficking',
    ...['000_ca4bf7d1b30f51f4', '001_35e5132b2f9dd7c4', '003_46d0c4582f3a856d', '004_ee0b6ec72090fab7'].map(
      (id) => `/studies/${id}`,
    ),
    '/browse',
    '/browse/organisation',
    '/timeline',
    '/frameworks',
    '/compare/frameworks',
    '/lists',
    '/lists/new',
  ];
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
});
