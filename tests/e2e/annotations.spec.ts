import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleArticleName, sampleTitle } from '../helpers/paths';
import { type BrowserMode, expect, test } from './support/browserMode';

/** Resolves when the app has called a contract method successfully (an event, not a sleep). */
const answered = (page: Page, method: string) =>
  page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith(`/api/${method}`) && r.ok());

async function openSample(page: Page) {
  const item = page.getByTestId('library-item').filter({ hasText: sampleTitle });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
}

async function reloadReader(page: Page) {
  const listed = answered(page, 'annotations:list');
  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await listed;
}

/** Selects a phrase in a paragraph the way a drag would leave it, and lets the mouse button go. */
async function selectPhrase(page: Page, lang: 'ar' | 'en', phrase: string) {
  await page.evaluate(
    ({ lang, phrase }) => {
      const p = [...document.querySelectorAll<HTMLElement>(`[data-testid="row"] p[lang="${lang}"]`)].find(
        (el) => el.textContent?.includes(phrase),
      );
      if (!p) throw new Error(`No paragraph has ${phrase}`);
      p.scrollIntoView({ block: 'center' });
      const text = p.firstChild as Text;
      const at = text.data.indexOf(phrase);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + phrase.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      p.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, button: 0, clientX: rect.left, clientY: rect.bottom - 2 }),
      );
    },
    { lang, phrase },
  );
}

/** The words each registered highlight of a colour covers, read from the CSS highlight registry. */
const highlighted = (page: Page, color: string) =>
  page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
    `muwazi-${color}`,
  );

/** The centre of the first line of a highlight, in viewport coordinates. */
const highlightPoint = (page: Page, color: string) =>
  page.evaluate((name) => {
    const [range] = [...(CSS.highlights.get(name) ?? [])] as Range[];
    const rect = range!.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, `muwazi-${color}`);

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** Edits the Arabic file on disk: a new paragraph at the top, and a typo fixed. */
async function editArticle(browserMode: BrowserMode) {
  const file = path.join(browserMode.libraryDir, sampleArticleName);
  const original = await readFile(file, 'utf8');
  const edited = original
    .replace('\n\nنقلت وكالة', '\n\nفقرة جديدة أضيفت في أول المقال.\n\nنقلت وكالة')
    .replace('و ستناقش', 'وستناقش');
  expect(edited).not.toBe(original);
  await writeFile(file, edited);
}

const phrase = 'صاروخ كاتيوشا';
const note = 'Katyusha rocket — صاروخ';

test('a highlight with a note stays on its words through reloads and edits of the file', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await openSample(page);

  await selectPhrase(page, 'ar', phrase);
  const popover = page.getByTestId('highlight-popover');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('button', { name: 'Green' })).toBeVisible();
  let saved = answered(page, 'annotations:add');
  await popover.getByTestId('swatch-green').click();
  await saved;
  await expect.poll(() => highlighted(page, 'green')).toEqual([phrase]);

  await popover.getByTestId('add-note').click();
  await page.getByTestId('note-text').fill(note);
  saved = answered(page, 'annotations:update');
  await page.getByTestId('note-text').press('Control+Enter');
  await saved;
  await expect(popover).toBeHidden();
  await expect(page.getByTestId('annotations-count')).toHaveText('1');

  // Hovering the highlight marks the English beside it.
  const point = await highlightPoint(page, 'green');
  await page.mouse.move(point.x, point.y);
  const paired = page.locator('.cell-en[data-paired="true"]');
  await expect(paired).toHaveCount(1);
  await expect(paired).toContainText('Katyusha rocket');
  await page.mouse.move(5, 400);
  await expect(paired).toHaveCount(0);

  // Clicking the highlight opens it again, with its note.
  await page.mouse.click(point.x, point.y);
  await expect(popover.getByTestId('popover-note')).toHaveText(note);
  await expect(popover.getByTestId('swatch-green')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  await reloadReader(page);
  await expect.poll(() => highlighted(page, 'green')).toEqual([phrase]);

  // The file changes under the highlight: a paragraph before it and a typo fixed before it.
  await editArticle(browserMode);
  await reloadReader(page);
  await expect(page.locator('[data-testid="row"] p[lang="ar"]').first()).toContainText('فقرة جديدة');
  await expect.poll(() => highlighted(page, 'green')).toEqual([phrase]);

  await page.getByTestId('annotations-toggle').click();
  const panel = page.getByTestId('annotations-panel');
  const item = panel.getByTestId('annotation-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.annotation-quote')).toHaveText(phrase);
  await expect(item.locator('.annotation-quote')).toHaveAttribute('lang', 'ar');
  await expect(item.getByTestId('annotation-note')).toHaveText(note);

  const markdown = await downloadText(page, 'export-md');
  expect(markdown.name).toMatch(/\.annotations\.md$/);
  expect(markdown.text).toContain(phrase);
  expect(markdown.text).toContain('a Katyusha rocket landed a few hundred meters from the U.S. Embassy');
  expect(markdown.text).toContain(note);
  const json = await downloadText(page, 'export-json');
  expect(json.name).toMatch(/\.annotations\.jsonld$/);
  expect(JSON.stringify(JSON.parse(json.text))).toContain(phrase);

  // Deleted, then undone: the same highlight, note and all, and it lasts.
  saved = answered(page, 'annotations:remove');
  await item.getByTestId('annotation-delete').click();
  await saved;
  await expect(item).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'green')).toEqual([]);
  saved = answered(page, 'annotations:restore');
  await page.getByTestId('toast-undo').click();
  await saved;
  await expect(item).toHaveCount(1);
  await expect.poll(() => highlighted(page, 'green')).toEqual([phrase]);
  await reloadReader(page);
  await expect.poll(() => highlighted(page, 'green')).toEqual([phrase]);
  await page.getByTestId('annotations-toggle').click();
  await expect(page.getByTestId('annotation-note')).toHaveText(note);
});

test('bookmarks a row, finds it again after a reload, and opens it from the library', async ({
  page,
  browserMode,
}) => {
  await page.setViewportSize({ width: 1100, height: 500 });
  await page.goto(browserMode.url);
  await openSample(page);
  const rows = page.getByTestId('row');

  // B bookmarks the row at the top of the view, with a name.
  await rows.nth(9).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.keyboard.press('b');
  const prompt = page.getByTestId('bookmark-prompt');
  await expect(prompt).toContainText('Bookmark paragraph 10');
  await page.getByTestId('bookmark-name').fill('Katyusha');
  let saved = answered(page, 'bookmarks:add');
  await page.getByTestId('bookmark-name').press('Enter');
  await saved;
  await expect(prompt).toBeHidden();
  await expect(rows.nth(9)).toHaveAttribute('data-bookmarked', 'true');

  // The context menu of a row, with no name.
  await rows.nth(2).scrollIntoViewIfNeeded();
  await rows.nth(2).locator('p[lang="en"]').click({ button: 'right' });
  await page.getByTestId('row-menu-bookmark').click();
  saved = answered(page, 'bookmarks:add');
  await page.getByTestId('bookmark-name').press('Enter');
  await saved;
  await expect(rows.nth(2)).toHaveAttribute('data-bookmarked', 'true');
  await expect(page.getByTestId('bookmarks-count')).toHaveText('2');

  const positionSaved = answered(page, 'position:save');
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await positionSaved;
  await reloadReader(page);
  await expect(rows.nth(9)).not.toBeInViewport();
  await expect(rows.nth(9)).toHaveAttribute('data-bookmarked', 'true');

  await page.getByTestId('bookmarks-toggle').click();
  const items = page.getByTestId('bookmarks-panel').getByTestId('bookmark-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute('data-row', '2');
  await expect(items.nth(1)).toContainText('Katyusha');
  await items.nth(1).getByTestId('bookmark-jump').click();
  await expect(rows.nth(9)).toBeInViewport();
  await page.keyboard.press('Escape');

  // Deleted and undone.
  await page.getByTestId('bookmarks-toggle').click();
  saved = answered(page, 'bookmarks:remove');
  await items.nth(0).getByTestId('bookmark-delete').click();
  await saved;
  await expect(items).toHaveCount(1);
  await expect(rows.nth(2)).not.toHaveAttribute('data-bookmarked', 'true');
  saved = answered(page, 'bookmarks:restore');
  await page.getByTestId('toast-undo').click();
  await saved;
  await expect(items).toHaveCount(2);
  await expect(rows.nth(2)).toHaveAttribute('data-bookmarked', 'true');

  // Every bookmark in the library, and one opened at its row.
  await page.getByTestId('back-to-library').click();
  const all = page.getByTestId('all-bookmarks');
  await expect(all.getByTestId('all-bookmark-item')).toHaveCount(2);
  await all.getByTestId('all-bookmark-item').filter({ hasText: 'Katyusha' }).click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(rows.nth(9)).toBeInViewport();
  await expect(rows.nth(0)).not.toBeInViewport();
});
