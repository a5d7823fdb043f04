import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const LIST_TITLE = 'HI 301: International organisations against trafficking';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function itemTitles(page: Page) {
  return (await page.getByTestId('list-item').getByRole('heading').allInnerTexts()).map((t) => t.trim());
}

test('a lecturer builds a reading list, shares it read-only and exports it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await page
    .context()
    .addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);

  // Create the list.
  await page.goto('/lists/new');
  await page.waitForLoadState('networkidle'); // interactive controls work once the page has hydrated
  await page.getByLabel(/^Title/).fill(LIST_TITLE);
  await page.getByLabel('Course').fill('HI 301');
  await page.getByRole('button', { name: 'Create the list' }).click();
  await expect(page).toHaveURL(/\/lists\/[\w-]+\/edit\?token=[\w-]+/);
  const editUrl = new URL(page.url());
  const listId = editUrl.pathname.split('/')[2] as string;
  const editToken = editUrl.searchParams.get('token') as string;

  // Add three studies from the search results, choosing the list remembered in this browser.
  await page.goto('/?q=trafficking');
  await page.waitForLoadState('networkidle');
  const results = page.getByTestId('result');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThanOrEqual(3);
  const added: string[] = [];
  for (let i = 0; i < 3; i++) {
    const result = results.nth(i);
    added.push((await result.getByRole('link').first().innerText()).trim());
    await result.getByRole('button', { name: /Add to reading list/ }).click();
    await result.getByRole('button', { name: LIST_TITLE }).click();
    await expect(result.getByRole('status')).toContainText(`Added to “${LIST_TITLE}”`);
  }

  // Reorder with the keyboard-operable buttons, then write a guiding question.
  await page.goto(editUrl.toString());
  await expect.poll(() => itemTitles(page)).toEqual(added);
  const first = page.getByTestId('list-item').filter({ hasText: added[0] as string });
  await first.getByRole('button', { name: /^Move down/ }).click();
  await expect(page.getByRole('status')).toContainText('Moved');
  await expect.poll(() => itemTitles(page)).toEqual([added[1], added[0], added[2]]);
  await expect(first.getByRole('button', { name: /^Move down/ })).toBeFocused();
  // The same with the keyboard alone: Enter on the focused button; at the bottom, focus passes to "Move up".
  await page.keyboard.press('Enter');
  await expect.poll(() => itemTitles(page)).toEqual([added[1], added[2], added[0]]);
  await expect(first.getByRole('button', { name: /^Move up/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => itemTitles(page)).toEqual([added[1], added[0], added[2]]);

  const question = 'Which mechanism of transnational advocacy does this study find decisive?';
  await first.getByLabel('Guiding question').fill(question);
  // No save button: a pause in typing saves the field, and the field says so.
  await expect(first.getByTestId('question-status')).toHaveText(/Saved/);
  await page.reload();
  await expect(page.getByTestId('list-item').nth(1).getByLabel('Guiding question')).toHaveValue(question);
  expect(await seriousViolations(page)).toEqual([]);

  const shareUrl = await page.getByLabel('Link for students (read-only)').inputValue();
  expect(shareUrl).toMatch(/\/lists\/s\/[\w-]{32,}$/);
  const shareToken = shareUrl.split('/').pop() as string;

  // A student, in a fresh browser context, sees the list read-only.
  const student = await browser.newContext({ baseURL });
  const studentPage = await student.newPage();
  await studentPage.goto(shareUrl);
  const article = studentPage.getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(LIST_TITLE);
  await expect(article.getByTestId('shared-item')).toHaveCount(3);
  await expect(article.getByTestId('shared-item').nth(1)).toContainText(question);
  await expect(article.getByRole('link', { name: added[1] as string })).toHaveAttribute(
    'href',
    /\/studies\//,
  );
  for (const role of ['button', 'textbox', 'combobox'] as const)
    await expect(article.getByRole(role)).toHaveCount(0);
  expect(await studentPage.content()).not.toContain(editToken);
  expect(await seriousViolations(studentPage)).toEqual([]);

  // An edit by API without the edit token is refused, with the share token or with none.
  const attempts: Record<string, string>[] = [{ authorization: `Bearer ${shareToken}` }, {}];
  for (const headers of attempts) {
    const response = await student.request.patch(`/api/reading-lists/${listId}`, {
      data: { version: 99, title: 'Hijacked' },
      headers,
    });
    expect(response.status()).toBe(403);
  }
  await studentPage.reload();
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(LIST_TITLE);

  // Download BibTeX and RIS; both parse back into the three studies, in list order.
  const download = async (name: string) => {
    const [file] = await Promise.all([
      studentPage.waitForEvent('download'),
      studentPage.getByRole('link', { name }).click(),
    ]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path()) as string, 'utf8') };
  };
  const bib = await download('BibTeX (.bib)');
  expect(bib.name).toMatch(/\.bib$/);
  const ris = await download('RIS (.ris)');
  expect(ris.name).toMatch(/\.ris$/);
  // Exports cite each study's own title (the page may show its English one), so the studies are matched by their
  // links, which also must name this server rather than localhost:3000.
  const expectedUrls = await article
    .getByTestId('shared-item')
    .locator('h3 a')
    .evaluateAll((links, base) => links.map((a) => `${base}${a.getAttribute('href')}`), baseURL);
  expect(expectedUrls).toHaveLength(3);
  for (const file of [bib, ris]) {
    expect(new Cite(file.text).data.map((item) => item.URL)).toEqual(expectedUrls);
  }
  await student.close();
});

test('items reorder by mouse drag, a study page adds to a list, and the print view prints only the list', async ({
  page,
  request,
  baseURL,
}) => {
  await page
    .context()
    .addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
  const created = await request.post('/api/reading-lists', {
    data: { title: 'Drag and print', language: 'id' },
  });
  expect(created.status()).toBe(201);
  const { list, editToken, editPath } = (await created.json()) as {
    list: { id: string; shareToken: string };
    editToken: string;
    editPath: string;
  };
  for (const studyId of ['003_46d0c4582f3a856d', '004_ee0b6ec72090fab7']) {
    const added = await request.post(`/api/reading-lists/${list.id}/items`, {
      data: { studyId },
      headers: { authorization: `Bearer ${editToken}` },
    });
    expect(added.status()).toBe(201);
  }

  await page.goto(editPath);
  // The editor renders its items once it has hydrated: wait for them before reading their titles.
  await expect(page.getByTestId('list-item')).toHaveCount(2);
  // An item's title arrives with its study after the item itself: read the titles once both are there.
  await expect(page.getByTestId('list-item').getByRole('heading')).toHaveCount(2);
  const before = await itemTitles(page);
  expect(before).toHaveLength(2);
  await page
    .getByTestId('list-item')
    .nth(1)
    .getByTestId('drag-handle')
    .dragTo(page.getByTestId('list-item').nth(0));
  await expect.poll(() => itemTitles(page)).toEqual([before[1], before[0]]);

  // The editor remembered the list in this browser, so a study page offers it.
  await page.goto('/studies/001_35e5132b2f9dd7c4');
  await page.waitForLoadState('networkidle'); // the menu works once the page has hydrated
  await page.getByRole('button', { name: /Add to reading list/ }).click();
  await page.getByRole('button', { name: 'Drag and print' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to' })).toContainText('Drag and print');

  await page.goto(`/lists/s/${list.shareToken}/print`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  const sheet = page.locator('.print-sheet');
  await expect(sheet.locator('li')).toHaveCount(3);
  await expect(sheet).toContainText('Amalia, N. A. (t.t.).'); // APA in the list's language (id-ID locale)
  await expect(sheet).toContainText('Devi, A. A. A. K., Priadarsini, N. W. R., & Resen, P. T. K. (2024).');
});

test('the reading-list pages speak Indonesian when the interface is in Indonesian', async ({
  page,
  request,
  baseURL,
}) => {
  await page
    .context()
    .addCookies([{ name: 'telaah-lang', value: 'id', url: baseURL ?? 'http://127.0.0.1:3100' }]);
  const created = await request.post('/api/reading-lists', { data: { title: 'Daftar uji', language: 'id' } });
  const { list, editToken, editPath } = (await created.json()) as {
    list: { id: string; shareToken: string };
    editToken: string;
    editPath: string;
  };
  await request.post(`/api/reading-lists/${list.id}/items`, {
    data: { studyId: '004_ee0b6ec72090fab7', question: 'Apa peran IOM sebagai arena?' },
    headers: { authorization: `Bearer ${editToken}` },
  });
  await page.goto(editPath);
  await expect(page.getByLabel('Pertanyaan panduan')).toHaveValue('Apa peran IOM sebagai arena?');
  await expect(page.getByRole('button', { name: /^Turunkan/ })).toBeDisabled();
  await page.goto(`/lists/s/${list.shareToken}`);
  await expect(page.getByRole('link', { name: 'Tampilan cetak (A4)' })).toBeVisible();
  await expect(page.getByTestId('shared-item')).toContainText(
    'Pertanyaan panduan: Apa peran IOM sebagai arena?',
  );
  await expect(page.getByTestId('shared-item')).toContainText('Saragih, E., & Alfajri. (t.t.).');
});
