import type { Page } from '@playwright/test';
import { sampleTitle } from '../helpers/paths';
import { expect, test } from './support/browserMode';

/** Resolves when the app has saved through the given contract method (an event, not a sleep). */
const savedThrough = (page: Page, method: string) =>
  page.waitForResponse((r) => decodeURIComponent(r.url()).endsWith(`/api/${method}`) && r.ok());
const settingsSaved = (page: Page) => savedThrough(page, 'settings:save');

async function openSample(page: Page) {
  const item = page.getByTestId('library-item').filter({ hasText: sampleTitle });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
}

test('opens the sample library and reads the sample article side by side', async ({ page, browserMode }) => {
  // Offline by design: every request the page makes stays on this machine.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(browserMode.url);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/(#.*)?$/); // the token left the address bar

  const item = page.getByTestId('library-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('[lang="ar"]').first()).toHaveText(sampleTitle);
  await expect(item).toContainText('100%');

  await openSample(page);
  const rows = page.getByTestId('row');
  await expect(rows).toHaveCount(13);

  const arabic = page.locator('[data-testid="row"] p[lang="ar"]');
  const english = page.locator('[data-testid="row"] p[lang="en"]');
  await expect(arabic).toHaveCount(13);
  await expect(english).toHaveCount(13);
  await expect(arabic.first()).toHaveAttribute('dir', 'rtl');
  await expect(english.first()).toHaveAttribute('dir', 'ltr');
  await expect(arabic.first()).toContainText('نقلت وكالة الأنباء العراقية الرسمية');
  await expect(english.first()).toContainText('Iraqi News Agency');

  // Each pair sits in one row, top-aligned, Arabic on the right by default.
  for (const index of [0, 6, 12]) {
    const row = rows.nth(index);
    const ar = await row.locator('p[lang="ar"]').boundingBox();
    const en = await row.locator('p[lang="en"]').boundingBox();
    expect(Math.abs(ar!.y - en!.y)).toBeLessThan(2);
    expect(ar!.x).toBeGreaterThan(en!.x);
  }

  // The Arabic is set in the bundled Naskh face, and the font really loaded.
  const arabicFont = await arabic.first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(arabicFont).toMatch(/Noto Naskh Arabic/);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عربي'))).toBe(true);

  // The page boilerplate is set aside, not lost.
  await page.getByTestId('set-aside-toggle').click();
  const panel = page.getByTestId('set-aside-panel');
  await expect(panel).toContainText('قد يعجبك ايضا');
  await expect(panel).toContainText('ملفات تعريف الارتباط');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
});

test('opens an article from the keyboard and swaps the sides', async ({ page, browserMode }) => {
  await page.goto(browserMode.url);
  const item = page.getByTestId('library-item').first();
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');

  const firstRow = page.getByTestId('row').first();
  const saved = settingsSaved(page);
  await page.getByTestId('swap-sides').click();
  await saved;
  const ar = await firstRow.locator('p[lang="ar"]').boundingBox();
  const en = await firstRow.locator('p[lang="en"]').boundingBox();
  expect(ar!.x).toBeLessThan(en!.x);
});

test('changes text sizes by keyboard and controls, switches language, and remembers it all', async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await openSample(page);
  const arParagraph = page.locator('[data-testid="row"] p[lang="ar"]').first();
  const enParagraph = page.locator('[data-testid="row"] p[lang="en"]').first();
  const fontSize = async (locator: typeof arParagraph) =>
    Number.parseFloat(await locator.evaluate((el) => getComputedStyle(el).fontSize));
  const ar0 = await fontSize(arParagraph);
  const en0 = await fontSize(enParagraph);

  // Keyboard: both languages together.
  let saved = settingsSaved(page);
  await page.keyboard.press('Control+Equal');
  await saved;
  expect(await fontSize(arParagraph)).toBe(ar0 + 2);
  expect(await fontSize(enParagraph)).toBe(en0 + 2);
  saved = settingsSaved(page);
  await page.keyboard.press('Control+Minus');
  await saved;
  saved = settingsSaved(page);
  await page.keyboard.press('Control+Minus');
  await saved;
  expect(await fontSize(arParagraph)).toBe(ar0 - 2);
  saved = settingsSaved(page);
  await page.keyboard.press('Control+0');
  await saved;
  expect(await fontSize(arParagraph)).toBe(ar0);

  // Controls: each language on its own.
  for (let i = 0; i < 2; i++) {
    saved = settingsSaved(page);
    await page.getByTestId('ar-size-up').click();
    await saved;
  }
  saved = settingsSaved(page);
  await page.getByTestId('en-size-down').click();
  await saved;
  expect(await fontSize(arParagraph)).toBe(ar0 + 4);
  expect(await fontSize(enParagraph)).toBe(en0 - 2);
  await expect(page.getByTestId('ar-size-value')).toContainText(String(ar0 + 4));

  const leading0 = await arParagraph.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
  saved = settingsSaved(page);
  await page.getByTestId('ar-leading-up').click();
  await saved;
  const leading1 = await arParagraph.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
  expect(leading1).toBeGreaterThan(leading0);

  // Arabic UI mirrors; article text keeps its own language and direction.
  saved = settingsSaved(page);
  await page.getByTestId('ui-language-ar').click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('back-to-library')).toContainText(/المكتبة/);
  await expect(enParagraph).toHaveAttribute('dir', 'ltr');

  // Reload: same article, same sizes, same language.
  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await fontSize(page.locator('[data-testid="row"] p[lang="ar"]').first())).toBe(ar0 + 4);
  expect(await fontSize(page.locator('[data-testid="row"] p[lang="en"]').first())).toBe(en0 - 2);

  // Back to English, then restart the server: still remembered.
  saved = settingsSaved(page);
  await page.getByTestId('ui-language-en').click();
  await saved;
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const url = await browserMode.restart();
  await page.goto(url);
  await openSample(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await fontSize(page.locator('[data-testid="row"] p[lang="ar"]').first())).toBe(ar0 + 4);
});

test('returns to the reading position after a reload', async ({ page, browserMode }) => {
  await page.setViewportSize({ width: 1100, height: 500 });
  await page.goto(browserMode.url);
  await openSample(page);
  const target = page.getByTestId('row').nth(9);
  const saved = savedThrough(page, 'position:save');
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await saved;
  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('row').nth(9)).toBeInViewport();
  await expect(page.getByTestId('row').nth(0)).not.toBeInViewport();
});
