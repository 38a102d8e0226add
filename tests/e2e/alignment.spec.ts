import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Bead } from '../../electron/contract';
import { repoRoot, sampleArticleName, sampleTitle } from '../helpers/paths';
import { expect, test } from './support/browserMode';

/*
 * The sample article beside an uneven translation of it: a translator's note added, two
 * paragraphs run together, one left out and one split. Every row must still pair the right
 * English with the Arabic, sentences link both ways, and a reader's correction of the rows
 * outlives a reload and an edit of the file.
 */

const unevenDir = path.join(repoRoot, 'tests', 'fixtures', 'uneven');
const translationName = sampleArticleName.replace(/\.txt$/, '.en.txt');

async function unevenGold(): Promise<Bead[]> {
  return JSON.parse(await readFile(path.join(unevenDir, 'all-combined.gold.json'), 'utf8')) as Bead[];
}

/** Replaces the sample's translation in the library with the uneven one, then opens the article. */
async function openUnevenSample(page: Page, url: string, libraryDir: string) {
  await page.goto(url);
  const item = page.getByTestId('library-item').filter({ hasText: sampleTitle });
  await expect(item).toBeVisible();
  await copyFile(path.join(unevenDir, 'all-combined.en.txt'), path.join(libraryDir, translationName));
  // One Arabic paragraph now has no English: the listing shows less than all of it translated.
  await expect(item).not.toContainText('100%');
  await item.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
}

/** The rows as the reader shows them: which Arabic and English paragraphs sit in each. */
function shownRows(page: Page): Promise<Bead[]> {
  return page.getByTestId('row').evaluateAll((rows) =>
    rows.map((row) => {
      const indices = (lang: string) =>
        [...row.querySelectorAll(`p[lang="${lang}"][data-paragraph]`)].map((p) =>
          Number((p as HTMLElement).dataset.paragraph),
        );
      return { ar: indices('ar'), en: indices('en') };
    }),
  );
}

/** Texts of the linked-sentence highlight, by language. */
function linkedSentences(page: Page): Promise<{ lang: string; text: string }[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('muwazi-sentence');
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const node = (range as Range).startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      return { lang: element?.closest('[lang]')?.getAttribute('lang') ?? '', text: range.toString() };
    });
  });
}

/**
 * Opens the row menu on a paragraph and joins its row with the next. The watcher may still
 * report the translation copied in just before, and the reader then reloads, closing an open
 * menu; so the menu is opened again until the join is chosen.
 */
async function joinWithNextRow(page: Page, paragraph: Locator) {
  await expect(async () => {
    await paragraph.click({ button: 'right' });
    await page.getByTestId('row-menu-merge').click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Moves the pointer over the start of a paragraph's text (a few letters in, on the first line). */
async function hoverParagraphStart(page: Page, lang: 'ar' | 'en', paragraph: number) {
  const target = page.locator(`[data-testid="row"] p[lang="${lang}"][data-paragraph="${paragraph}"]`);
  await target.scrollIntoViewIfNeeded();
  const point = await target.evaluate((p) => {
    const text = p.firstChild!;
    const range = document.createRange();
    range.setStart(text, 2);
    range.setEnd(text, 6);
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
}

test('an uneven translation of the sample shows every row right', async ({ page, browserMode }) => {
  await openUnevenSample(page, browserMode.url, browserMode.libraryDir);
  const gold = await unevenGold();
  await expect.poll(() => shownRows(page)).toEqual(gold);

  // The note the translator added stands alone, marked as having no Arabic; the paragraph left
  // out is marked as not translated.
  const rows = page.getByTestId('row');
  await expect(rows.nth(3).getByTestId('no-arabic')).toBeVisible();
  await expect(rows.nth(3).locator('p[lang="en"]')).toContainText('Translator’s note');
  await expect(rows.nth(11).getByTestId('not-translated')).toBeVisible();
  // The two Arabic paragraphs the translator ran together sit beside their one English paragraph.
  await expect(rows.nth(7).locator('p[lang="ar"]')).toHaveCount(2);
  await expect(rows.nth(12).locator('p[lang="en"]').nth(1)).toContainText('Parliament also voted');
});

test('hovering a sentence links it to its counterpart, both ways', async ({ page, browserMode }) => {
  await openUnevenSample(page, browserMode.url, browserMode.libraryDir);

  await hoverParagraphStart(page, 'ar', 0);
  await expect
    .poll(async () => (await linkedSentences(page)).map((s) => s.lang).sort())
    .toEqual(['ar', 'en']);
  const fromArabic = await linkedSentences(page);
  expect(fromArabic.find((s) => s.lang === 'ar')!.text).toMatch(/^نقلت وكالة الأنباء العراقية/);
  expect(fromArabic.find((s) => s.lang === 'en')!.text).toMatch(/^The official Iraqi News Agency/);

  // Leaving the text clears the link.
  await page.mouse.move(2, 2);
  await expect.poll(async () => (await linkedSentences(page)).length).toBe(0);

  // From the English side, in a row where the translator split one paragraph into two: the
  // Arabic sentence it comes from is linked, and with it every English sentence made of it.
  await hoverParagraphStart(page, 'en', 12);
  await expect
    .poll(async () => [...new Set((await linkedSentences(page)).map((s) => s.lang))].sort())
    .toEqual(['ar', 'en']);
  const fromEnglish = await linkedSentences(page);
  expect(fromEnglish.filter((s) => s.lang === 'en').map((s) => s.text)).toContainEqual(
    expect.stringMatching(/^Parliament also voted/),
  );
  expect(fromEnglish.find((s) => s.lang === 'ar')!.text.length).toBeGreaterThan(20);

  // The keyboard reaches the same links: the cursor's sentence and its counterpart are read out.
  // The cursor starts in the row at the top of the view.
  await page.mouse.move(2, 2);
  await page
    .getByTestId('row')
    .first()
    .evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('sentence-live')).toContainText('The official Iraqi News Agency');
  await expect.poll(async () => (await linkedSentences(page)).length).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await linkedSentences(page)).length).toBe(0);
});

test('a correction of the rows outlives a reload and an edit of the file', async ({ page, browserMode }) => {
  await openUnevenSample(page, browserMode.url, browserMode.libraryDir);
  const rows = page.getByTestId('row');
  await expect(rows).toHaveCount(13);

  // Say the reader wants the lone paragraph read with the row after it.
  const lone = rows.nth(11).locator('p[lang="ar"]');
  await joinWithNextRow(page, lone);
  await expect(rows).toHaveCount(12);
  await expect.poll(async () => (await shownRows(page))[11]).toEqual({ ar: [11, 12], en: [11, 12] });
  await expect(rows.nth(11).getByTestId('row-corrected')).toBeAttached();

  // Undo brings the aligner's rows back; do it again to keep it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(13);
  await joinWithNextRow(page, lone);
  await expect(rows).toHaveCount(12);

  await page.reload();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
  await expect.poll(async () => (await shownRows(page))[11]).toEqual({ ar: [11, 12], en: [11, 12] });
  await expect(rows.nth(11).getByTestId('row-corrected')).toBeAttached();

  // A typo fixed at the top of the Arabic file: the open article reloads and the correction holds.
  const arabicFile = path.join(browserMode.libraryDir, sampleArticleName);
  const text = await readFile(arabicFile, 'utf8');
  await writeFile(arabicFile, text.replace('نقلت وكالة الأنباء العراقية', 'نقلت وكالة الانباء العراقية'));
  await expect(rows.first().locator('p[lang="ar"]')).toContainText('وكالة الانباء العراقية');
  await expect.poll(async () => (await shownRows(page))[11]).toEqual({ ar: [11, 12], en: [11, 12] });
  await expect(rows).toHaveCount(12);
});
