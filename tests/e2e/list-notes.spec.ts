import { seriousViolations } from './support/axe';
import { expect, test, type APIRequestContext, type Page } from './support/test';

// Notes are never lost: a guiding question or note typed in the list editor survives a move to another section,
// a reload and following a link away; Remove can be undone and Forget asks first. At desktop and phone widths.

const STUDIES = ['003_46d0c4582f3a856d', '004_ee0b6ec72090fab7', '001_35e5132b2f9dd7c4'];

async function newList(request: APIRequestContext, title: string) {
  const created = await request.post('/api/reading-lists', {
    data: { title, language: 'en', sectionTitle: 'Week 1' },
  });
  expect(created.status()).toBe(201);
  const { list, editToken, editPath } = (await created.json()) as {
    list: { id: string; sections: { id: number }[] };
    editToken: string;
    editPath: string;
  };
  const headers = { authorization: `Bearer ${editToken}` };
  let version = 0;
  for (const studyId of STUDIES) {
    const added = await request.post(`/api/reading-lists/${list.id}/items`, { data: { studyId }, headers });
    expect(added.status()).toBe(201);
    version = ((await added.json()) as { list: { version: number } }).list.version;
  }
  const section = await request.post(`/api/reading-lists/${list.id}/sections`, {
    data: { title: 'Week 2', version },
    headers,
  });
  expect(section.status()).toBe(200);
  return { id: list.id, editPath, headers };
}

const items = (page: Page) => page.getByTestId('list-item');

/** Opens the editor and waits until it has hydrated: text typed before that would not reach React. */
async function openEditor(page: Page, editPath: string) {
  await page.goto(editPath);
  await page.waitForLoadState('networkidle');
  await expect(items(page)).toHaveCount(3);
}
const week = (page: Page, n: number) => page.getByRole('list', { name: `Studies in Week ${n}` });

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 400 ? 800 : 844 } });
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([
        { name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' },
      ]);
    });

    test('a note typed and not saved by hand survives a move to another section and a reload', async ({
      page,
      request,
    }) => {
      const { editPath } = await newList(request, `Moves at ${width}`);
      await openEditor(page, editPath);
      const card = items(page).first();
      const note = 'Read chapter 3 before the seminar.';
      await card.getByLabel('Note for students').fill(note);
      await expect(card.getByTestId('note-status')).toHaveText('Not saved yet');
      expect(await seriousViolations(page)).toEqual([]);
      // Moved at once, before the autosave's pause is over.
      await card.getByLabel('Section').selectOption({ label: 'Week 2' });
      const moved = week(page, 2).getByTestId('list-item');
      await expect(moved).toHaveCount(1);
      await expect(moved.getByLabel('Note for students')).toHaveValue(note);
      await page.reload();
      await expect(week(page, 2).getByTestId('list-item').getByLabel('Note for students')).toHaveValue(note);
    });

    test('a pause in typing saves a question, and following a link right after typing saves first', async ({
      page,
      request,
    }) => {
      const { editPath } = await newList(request, `Leaving at ${width}`);
      await openEditor(page, editPath);
      const question = items(page).nth(1).getByLabel('Guiding question');
      await question.pressSequentially('Which actor sets the agenda?');
      await expect(items(page).nth(1).getByTestId('question-status')).toHaveText(/Saved/);

      // Typed, then straight to a study page through the item's link: the text is saved on the way out.
      const note = items(page).nth(2).getByLabel('Note for students');
      await note.fill('Compare with the IOM study.');
      const link = items(page).nth(2).getByRole('heading').getByRole('link');
      await link.click();
      await expect(page).toHaveURL(/\/studies\//);
      await page.goto(editPath);
      await expect(items(page).nth(1).getByLabel('Guiding question')).toHaveValue(
        'Which actor sets the agenda?',
      );
      await expect(items(page).nth(2).getByLabel('Note for students')).toHaveValue(
        'Compare with the IOM study.',
      );
    });

    test('reloading with text that could not be saved asks first', async ({ page, request }) => {
      const { editPath } = await newList(request, `Prompt at ${width}`);
      await openEditor(page, editPath);
      // The server refuses every save, so the text stays unsaved.
      await page.route('**/api/reading-lists/*/items/*', (route) =>
        route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'down' } } }),
      );
      const card = items(page).first();
      await card.getByLabel('Note for students').fill('Unsaved thought');
      await expect(card.getByTestId('note-status')).toContainText('Not saved: the server could not save it');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.dismiss();
      });
      // A user gesture on the page first: browsers show the leave prompt only on pages the user touched.
      await card.getByLabel('Note for students').click();
      await page.reload({ timeout: 3_000 }).catch(() => undefined);
      expect(dialogs).toContain('beforeunload');
      await expect(card.getByLabel('Note for students')).toHaveValue('Unsaved thought');
    });

    test('text the server could not take is back in its field after leaving anyway, and then saved', async ({
      page,
      request,
    }) => {
      const { editPath } = await newList(request, `Backup at ${width}`);
      await openEditor(page, editPath);
      const refuse = '**/api/reading-lists/*/items/*';
      await page.route(refuse, (route) =>
        route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'down' } } }),
      );
      const field = items(page).nth(1).getByLabel('Guiding question');
      await field.fill('Typed while the server was down');
      await expect(items(page).nth(1).getByTestId('question-status')).toContainText('Not saved');
      page.on('dialog', (dialog) => void dialog.accept());
      await field.click();
      // Still refused: the server never gets this text before the reload, so only the browser's copy can bring it.
      await page.reload();
      const restored = items(page).nth(1);
      await expect(restored.getByLabel('Guiding question')).toHaveValue('Typed while the server was down');
      await expect(restored.getByTestId('question-status')).toContainText('Not saved');
      await page.unroute(refuse);
      await restored.getByLabel('Guiding question').focus();
      await restored.getByLabel('Note for students').focus(); // leaving the field saves it
      await expect(restored.getByTestId('question-status')).toHaveText(/Saved/);
      await page.reload();
      await expect(items(page).nth(1).getByLabel('Guiding question')).toHaveValue(
        'Typed while the server was down',
      );
    });

    test('a removed study can be put back in its place with its note, and Forget asks first', async ({
      page,
      request,
    }) => {
      const title = `Undo at ${width}`;
      const { editPath } = await newList(request, title);
      await openEditor(page, editPath);
      const headings = () => items(page).getByRole('heading').allInnerTexts();
      await expect(items(page).getByRole('heading')).toHaveCount(3);
      const before = await headings();
      const middle = items(page).nth(1);
      await middle.getByLabel('Note for students').fill('Keep this note');
      await middle.getByRole('button', { name: /^Remove/ }).click();
      await expect(items(page)).toHaveCount(2);
      const undo = page.getByRole('button', { name: 'Undo' });
      await expect(undo).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await undo.click();
      await expect(page.getByRole('status')).toContainText('back in its place');
      await expect.poll(headings).toEqual(before);
      await expect(items(page).nth(1).getByLabel('Note for students')).toHaveValue('Keep this note');
      await page.reload();
      await expect(items(page).nth(1).getByLabel('Note for students')).toHaveValue('Keep this note');

      await page.goto('/lists');
      const row = page.getByRole('listitem').filter({ hasText: title });
      await row.getByRole('button', { name: /^Forget/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Forget this list in this browser?' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Keep it' }).click();
      await expect(dialog).toBeHidden();
      await expect(row).toHaveCount(1);
      await row.getByRole('button', { name: /^Forget/ }).click();
      await page.keyboard.press('Escape');
      await expect(row).toHaveCount(1);
      await row.getByRole('button', { name: /^Forget/ }).click();
      await dialog.getByRole('button', { name: 'Forget the list' }).click();
      await expect(row).toHaveCount(0);
    });
  });
}

test.describe('when someone else edits the list meanwhile', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: 'telaah-lang', value: 'en', url: baseURL ?? 'http://127.0.0.1:3100' }]);
  });

  // What the other editor does, by the API, between the page load and the autosave.
  async function otherEdit(
    request: APIRequestContext,
    id: string,
    headers: Record<string, string>,
    item: number,
    note: string,
  ) {
    const current = await request.get(`/api/reading-lists/${id}`, { headers });
    const list = (
      (await current.json()) as { list: { version: number; sections: { items: { id: number }[] }[] } }
    ).list;
    const itemId = list.sections.flatMap((s) => s.items)[item]?.id;
    const edited = await request.patch(`/api/reading-lists/${id}/items/${itemId}`, {
      data: { version: list.version, note },
      headers,
    });
    expect(edited.status()).toBe(200);
  }

  test('a change to another study does not stop the autosave', async ({ page, request }) => {
    const { id, editPath, headers } = await newList(request, 'Harmless conflict');
    await openEditor(page, editPath);
    await otherEdit(request, id, headers, 2, 'Their note on the third study');
    const card = items(page).first();
    await card.getByLabel('Note for students').fill('My note on the first study');
    await expect(card.getByTestId('note-status')).toHaveText(/Saved/);
    await page.reload();
    await expect(items(page).first().getByLabel('Note for students')).toHaveValue(
      'My note on the first study',
    );
    await expect(items(page).nth(2).getByLabel('Note for students')).toHaveValue(
      'Their note on the third study',
    );
  });

  test('a change to the same note keeps the typed text, says so, and saves it only when asked', async ({
    page,
    request,
  }) => {
    const { id, editPath, headers } = await newList(request, 'Real conflict');
    await openEditor(page, editPath);
    await otherEdit(request, id, headers, 0, 'Their note');
    const card = items(page).first();
    const field = card.getByLabel('Note for students');
    await field.fill('My note');
    await expect(card.getByTestId('note-status')).toContainText('someone else changed this text');
    await expect(card.getByTestId('note-status')).toContainText('Their version: “Their note”');
    await expect(field).toHaveValue('My note');
    // Not overwritten behind the user's back: the server still has their note.
    const stored = await request.get(`/api/reading-lists/${id}`, { headers });
    expect(JSON.stringify(await stored.json())).toContain('Their note');
    await card.getByRole('button', { name: 'Save my text' }).click();
    await expect(card.getByTestId('note-status')).toHaveText(/Saved/);
    await page.reload();
    await expect(items(page).first().getByLabel('Note for students')).toHaveValue('My note');
  });
});
