import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';

// A thesis abstract with an English title, and a journal article whose key figures a comparison quotes.
const THESIS = '003_46d0c4582f3a856d';
const ARTICLE = '004_ee0b6ec72090fab7';

test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
});

const meta = (page: Page, name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((tags) => tags.map((t) => t.getAttribute('content')));

test('a student copies a citation and downloads the study as .bib and .ris, linked to this server', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/studies/${THESIS}`);
  const cite = page.getByTestId('cite-this');

  await cite.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(cite.getByRole('status').first()).toHaveText('Copied to the clipboard.');
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toMatch(/^Amalia, N\. A\. .*\[Thesis\]/);
  expect(apa).toContain(`${baseURL}/studies/${THESIS}`);

  await cite.getByText('BibTeX', { exact: true }).click();
  await cite.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@mastersthesis\{/);

  for (const [testId, extension, opening] of [
    ['download-bibtex', '.bib', /^@mastersthesis\{/],
    ['download-ris', '.ris', /^TY {2}- THES\r\n/],
  ] as const) {
    const download = page.waitForEvent('download');
    await cite.getByTestId(testId).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^amalia-upaya-.*\\${extension}$`));
    const body = await readFile(await file.path(), 'utf8');
    expect(body).toMatch(opening);
    // The e2e server is reached as 127.0.0.1:<port>: the export must say so, not localhost:3000.
    expect(body).toContain(`${baseURL}/studies/${THESIS}`);
    expect(body).not.toContain('localhost');
  }
});

test('the clipboard refused: the citation is selected so Ctrl+C still copies it', async ({ page }) => {
  await page.goto(`/studies/${THESIS}`);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  const cite = page.getByTestId('cite-this');
  await cite.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(cite.getByRole('status').first()).toContainText('press Ctrl+C');
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toContain('Amalia, N. A.');
});

test('a study page carries citation_* meta tags on the server’s own address, for Zotero', async ({
  page,
  baseURL,
}) => {
  // 001 is a journal article in DIKSHI 3(2), 2024, whose title the ingest derived from its abstract.
  const journal = '001_35e5132b2f9dd7c4';
  await page.goto(`/studies/${journal}`);
  expect(await meta(page, 'citation_title')).toEqual([
    expect.stringMatching(/^\[Peran International Justice/),
  ]);
  expect(await meta(page, 'citation_author')).toEqual([
    'Devi, A.A.A.K.',
    'Priadarsini, N.W.R.',
    'Resen, P.T.K.',
  ]);
  expect(await meta(page, 'citation_publication_date')).toEqual(['2024']);
  expect(await meta(page, 'citation_journal_title')).toEqual(['DIKSHI']);
  expect(await meta(page, 'citation_volume')).toEqual(['3']);
  expect(await meta(page, 'citation_issue')).toEqual(['2']);
  expect(await meta(page, 'citation_language')).toEqual(['id']);
  expect(await meta(page, 'citation_abstract_html_url')).toEqual([`${baseURL}/studies/${journal}`]);
  expect(await page.content()).not.toContain('localhost:3000');

  await page.goto(`/studies/${THESIS}`);
  expect(await meta(page, 'citation_dissertation_institution')).toHaveLength(0); // the abstract names none
  expect(await meta(page, 'citation_journal_title')).toHaveLength(0);
});

test('an English reader sees the English title; the Indonesian one is under it', async ({ page }) => {
  await page.goto(`/studies/${THESIS}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    "International Organization for Migration's Efforts",
  );
  await expect(page.locator('header p[lang="id"]')).toContainText('Upaya International Organization');
});

test('the favicon is served', async ({ request }) => {
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/icon/);
  expect((await request.get('/icon.svg')).status()).toBe(200);
});

test('a comparison’s “source” link lands on the quoted sentence, not the top of the study page', async ({
  page,
}) => {
  await page.goto(`/compare/studies?study=${THESIS}&study=${ARTICLE}`);
  const figure = page.locator('tr[data-aspect="figures"] td').nth(1).locator('figure').first();
  const quote = ((await figure.locator('blockquote').textContent()) ?? '').replace(/^[“\s]+|[”\s]+$/g, '');
  const opening = quote.split(/\s+/).slice(0, 5).join(' ');
  await figure.getByRole('link', { name: 'Source' }).click();
  await expect(page).toHaveURL(new RegExp(`/studies/${ARTICLE}#section-\\d+`));
  await expect
    .poll(() =>
      page.evaluate((words) => {
        const hit = [...document.querySelectorAll('main li, main p')].find((el) =>
          el.textContent?.includes(words),
        );
        const box = hit?.getBoundingClientRect();
        return box ? window.scrollY > 200 && box.top < window.innerHeight && box.bottom > 0 : false;
      }, opening),
    )
    .toBe(true);
});

test('provenance says where a value came from in words, with no hover needed', async ({ page }) => {
  await page.goto(`/studies/${ARTICLE}`);
  await expect(page.locator('h1')).toContainText('extracted from the title lines');
  await expect(
    page.getByTestId('provenance').filter({ hasText: 'from the English abstract' }).first(),
  ).toBeVisible();
  await expect(page.getByText(/characters \d+/)).toHaveCount(0);
});

test('the reference list is shown once', async ({ page }) => {
  await page.goto(`/studies/${ARTICLE}`);
  await expect(page.getByRole('heading', { name: 'References (27)' })).toBeVisible();
  await expect(page.getByText('Al Ghifari, M. A., & Wibawa, S. (2021)', { exact: false })).toHaveCount(1);
});

test('a list’s share links use the address the app is published at, not the one the browser used', async ({
  browser,
  request,
  baseURL,
}) => {
  const created = await request.post('/api/reading-lists', { data: { title: 'Public address' } });
  const { editPath, sharePath } = (await created.json()) as { editPath: string; sharePath: string };
  // A proxy in front of the app says where it is published; the server builds the links from that.
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-Host': 'telaah.example.org', 'X-Forwarded-Proto': 'https' },
  });
  const page = await context.newPage();
  await page.goto(editPath);
  await expect(page.locator('#student-link')).toHaveValue(`https://telaah.example.org${sharePath}`);
  await expect(page.locator('#edit-link')).toHaveValue(new RegExp(`^https://telaah\\.example\\.org/lists/`));
  await context.close();
});
