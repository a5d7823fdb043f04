import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

// Every page of the explorer, in both interface languages: axe must find no serious or critical violation.
const PAGES = [
  '/',
  '/?q=perdagangan+manusia',
  '/?q=trafikking',
  '/?q=IOM&page=999',
  '/?q=IOM&page=0&organisation=no-such-organisation&yearFrom=2020&periodTo=2023',
  '/?q=author%3A%22Eriston+Saragih%22&sort=newest',
  '/browse',
  '/browse/organisation',
  '/browse/organisation/iom',
  '/browse/organisation/iom?country=id',
  '/browse/period',
  '/timeline',
  '/timeline?group=country',
  '/frameworks',
  '/frameworks/transnational-advocacy-networks',
  '/frameworks/archer-roles',
  '/compare',
  '/compare/frameworks',
  '/compare/frameworks?framework=transnational-advocacy-networks&framework=cso-roles&framework=archer-roles',
  '/compare/studies',
  '/compare/studies?study=003_46d0c4582f3a856d&study=004_ee0b6ec72090fab7',
  '/studies/000_ca4bf7d1b30f51f4',
  '/studies/004_ee0b6ec72090fab7',
  // A derived title (its note), and a thesis abstract's cite-this with its copy buttons and downloads.
  '/studies/001_35e5132b2f9dd7c4',
  '/studies/003_46d0c4582f3a856d',
];

// At phone width the layout changes (Filter disclosure, comparison cards, the narrow timeline): checked there too,
// with the Filter disclosure open where a page has one.
const PHONE_PAGES = [
  '/',
  '/?q=perdagangan+manusia',
  '/browse/organisation/iom',
  '/timeline',
  '/compare/studies?study=003_46d0c4582f3a856d&study=004_ee0b6ec72090fab7&study=000_ca4bf7d1b30f51f4',
  '/compare/frameworks?framework=transnational-advocacy-networks&framework=cso-roles&framework=archer-roles',
  '/lists',
];

for (const lang of ['id', 'en'] as const) {
  test.describe(`accessibility in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([
        { name: 'telaah-lang', value: lang, url: baseURL ?? 'http://127.0.0.1:3100' },
      ]);
    });
    for (const path of PAGES) {
      test(`${path} has no serious or critical violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const serious = await seriousViolations(page);
        expect(serious).toEqual([]);
      });
    }
  });
}

for (const lang of ['id', 'en'] as const) {
  test.describe(`accessibility at 390 px in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([
        { name: 'telaah-lang', value: lang, url: baseURL ?? 'http://127.0.0.1:3100' },
      ]);
    });
    for (const path of PHONE_PAGES) {
      test(`${path} has no serious or critical violations on a phone`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const filter = page.getByTestId('filter-disclosure').locator('summary');
        if (await filter.count()) await filter.click();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
