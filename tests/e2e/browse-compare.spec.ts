import { expect, test } from './support/test';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
});

test('comparing TAN, CSO roles and Archer’s roles shows them side by side with mechanisms and studies', async ({
  page,
}) => {
  await page.goto('/frameworks');
  for (const value of ['transnational-advocacy-networks', 'cso-roles', 'archer-roles']) {
    await page.locator(`input[name="framework"][value="${value}"]`).check();
  }
  await page.getByRole('button', { name: 'Compare selected' }).click();
  for (const value of ['transnational-advocacy-networks', 'cso-roles', 'archer-roles'])
    await expect(page).toHaveURL(new RegExp(`framework=${value}`));

  const table = page.getByTestId('framework-comparison');
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveCount(3);
  await expect(headers.filter({ hasText: 'Transnational Advocacy Networks' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'civil society' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'Clive Archer' })).toHaveCount(1);
  const mechanisms = table.locator('tr[data-aspect="mechanisms"]');
  await expect(mechanisms).toContainText('Issue framing and agenda setting');
  await expect(mechanisms).toContainText('Educator');
  await expect(mechanisms).toContainText('Agenda setter');
  await expect(mechanisms).toContainText('Instrument');
  await expect(mechanisms).toContainText('Arena');
  const studies = table.locator('tr[data-aspect="studies"] td');
  await expect(studies).toHaveCount(3);
  for (const prefix of ['000_', '001_', '004_'])
    await expect(studies.locator(`a[href*="/studies/${prefix}"]`)).toHaveCount(1);

  // The framework x organisation matrix: a cell opens the studies behind it.
  const cell = page
    .getByTestId('framework-matrix')
    .getByRole('link', { name: /using Clive Archer.* on IOM/ });
  await expect(cell).toHaveText('1');
  await cell.click();
  await expect(page).toHaveURL(/\/browse\/organisation\/iom\?framework=archer-roles$/);
  await expect(page.getByTestId('study')).toHaveCount(1);
});

test('comparing the two IOM studies shows their periods and frameworks side by side', async ({ page }) => {
  await page.goto('/browse/organisation/iom');
  const ids = await page
    .getByTestId('study')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')?.split('/').pop() ?? ''));
  expect(ids).toHaveLength(2);
  await page.goto('/compare/studies');
  for (const id of ids) await page.locator(`input[name="study"][value="${id}"]`).check();
  await page.getByRole('button', { name: 'Compare' }).click();

  const table = page.getByTestId('study-comparison');
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  const periods = table.locator('tr[data-aspect="period"]');
  await expect(periods).toContainText('2017–2022');
  await expect(periods).toContainText('2023–2024');
  const frameworks = table.locator('tr[data-aspect="frameworks"]');
  await expect(frameworks).toContainText('Clive Archer');
  await expect(frameworks).toContainText(/Role of international organisations|Human trafficking/);
  await expect(table.locator('tr[data-aspect="organisations"] td')).toHaveCount(2);
});
