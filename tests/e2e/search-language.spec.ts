import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';

// The search language and the search page's edges, at desktop width and on a 390 px phone.
const box = (page: Page) => page.getByRole('combobox', { name: 'Search studies in Indonesian or English' });
const organisationsOf = (page: Page) => page.getByTestId('result').getByTestId('organisations');

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`search language (${name})`, () => {
    test.use({ viewport });

    test('an exclusion leaves the IOM studies out; an author is found and is a link to their studies', async ({
      page,
    }) => {
      await page.goto('/?q=trafficking');
      expect(await organisationsOf(page).allTextContents()).toContain('IOM');
      await box(page).fill('trafficking -IOM');
      await box(page).press('Enter');
      await expect(page).toHaveURL(/q=trafficking\+-IOM/);
      await expect(page.getByTestId('result')).toHaveCount(2);
      expect(await organisationsOf(page).allTextContents()).not.toContain('IOM');

      await page.goto('/?q=Saragih');
      await expect(page.getByTestId('result')).toHaveCount(1);
      await page.getByTestId('result').getByRole('link', { name: 'Eriston Saragih' }).click();
      await expect(page).toHaveURL(/q=author%3A%22Eriston\+Saragih%22/);
      await expect(box(page)).toHaveValue('author:"Eriston Saragih"');
      await expect(page.getByTestId('result')).toHaveCount(1);
    });

    test('a suggestion is taken with the keyboard', async ({ page }) => {
      await page.goto('/');
      // The suggestions complete the word being typed, after the words before it.
      await box(page).fill('IOM ');
      await box(page).pressSequentially('perdag', { delay: 30 });
      const listbox = page.getByRole('listbox', { name: 'Suggestions' });
      await expect(listbox).toBeVisible();
      await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
      const option = listbox.getByRole('option', { name: /perdagangan/i }).first();
      await expect(option).toBeVisible();
      await box(page).press('ArrowDown');
      await expect(box(page)).toHaveAttribute('aria-activedescendant', 'q-option-0');
      await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      // The open combobox passes axe too (the page-by-page check sees it closed).
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await box(page).press('Escape');
      await expect(listbox).toBeHidden();
      await box(page).press('ArrowDown');
      await expect(listbox).toBeVisible();
      const first = (await listbox.getByRole('option').first().textContent()) ?? '';
      await box(page).press('Enter');
      await expect(page).toHaveURL(/q=IOM\+perdag/);
      expect(first.toLowerCase()).toContain('perdag');
      await expect(page.getByTestId('result').first()).toBeVisible();
    });

    test('sort by newest and a publication-year range, shown as a removable chip', async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Sort').selectOption('newest');
      await page.locator('summary', { hasText: 'Dates' }).click();
      await page.getByLabel('Published from').fill('2024');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page).toHaveURL(/sort=newest/);
      await expect(page).toHaveURL(/yearFrom=2024/);
      await expect(page.getByTestId('result')).toHaveCount(1);
      const chip = page.getByRole('link', { name: 'Remove Published from 2024' });
      await chip.click();
      await expect(page).not.toHaveURL(/yearFrom/);
      await expect(page).toHaveURL(/sort=newest/);
      await expect(page.getByTestId('result')).toHaveCount(4);
    });

    test('a query with no hits offers "did you mean" as a link', async ({ page }) => {
      await page.goto('/?q=trafikking');
      await expect(page.getByText('No study matches')).toBeVisible();
      await page.getByTestId('did-you-mean').getByRole('link', { name: 'trafficking' }).click();
      await expect(page).toHaveURL(/q=trafficking/);
      await expect(page.getByTestId('result').first()).toBeVisible();
    });

    test('Back shows the earlier query in the search box', async ({ page }) => {
      await page.goto('/?q=IOM');
      await box(page).fill('IJM');
      await box(page).press('Enter');
      await expect(page).toHaveURL(/q=IJM/);
      await page.goBack();
      await expect(page).toHaveURL(/q=IOM/);
      await expect(box(page)).toHaveValue('IOM');
    });

    test('bad parameters give a message in the interface language and keep the search box', async ({
      page,
      context,
      baseURL,
    }) => {
      await page.goto('/?q=IOM&page=0');
      await expect(page.getByTestId('bad-params')).toContainText('could not be used');
      await expect(page.getByTestId('bad-params')).not.toContainText('Too small');
      await expect(box(page)).toHaveValue('IOM');
      await expect(page.getByTestId('result')).toHaveCount(2);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      await context.addCookies([{ name: 'telaah-lang', value: 'id', url: baseURL! }]);
      await page.goto(`/?q=${'a'.repeat(501)}`);
      await expect(page.getByTestId('bad-params')).toContainText('tidak dapat dipakai');
      await expect(page.locator('input#q')).toBeVisible();
    });

    test('a page past the end links to the last page; an unknown filter value can be removed', async ({
      page,
    }) => {
      await page.goto('/?q=IOM&page=999');
      await expect(page.getByTestId('past-end')).toContainText('There is no page 999');
      await page.getByRole('link', { name: 'Go to the last page' }).click();
      await expect(page.getByTestId('result')).toHaveCount(2);

      await page.goto('/?organisation=no-such-organisation');
      await expect(page.getByTestId('result')).toHaveCount(0);
      await page.getByRole('link', { name: /^Remove Organisation/ }).click();
      await expect(page).not.toHaveURL(/organisation=/);
      await expect(page.getByTestId('result')).toHaveCount(4);
    });
  });
}
