import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleArticleName, sampleTitle } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';
import { expect, test } from './support/browserMode';

// Articles moved to the trash land in a throwaway trash folder, not the tester's own.
const trashHome = await makeTempDir('muwazi-e2e-trash-');
process.env.XDG_DATA_HOME = trashHome;
test.afterAll(() => removeDir(trashHome));

const importedTitle = 'الحكومة تعلن خطة جديدة للنقل العام';
const importedText = `${importedTitle}\n\nأعلنت الحكومة اليوم خطة لتوسيع شبكة الحافلات في المدن الكبرى.\n\nوقال الوزير إن الخطة تبدأ في الربيع.\n`;

const items = (page: Page) => page.getByTestId('library-item');
const itemTitled = (page: Page, title: string) => items(page).filter({ hasText: title });

async function openLibrary(page: Page, url: string) {
  await page.goto(url);
  await expect(itemTitled(page, sampleTitle)).toBeVisible();
}

test('imports picked files and explains each refused one', async ({ page, browserMode }) => {
  const source = await makeTempDir('muwazi-e2e-import-');
  try {
    const good = path.join(source, 'نقل.txt');
    const binary = path.join(source, 'noise.txt');
    const picture = path.join(source, 'picture.png');
    await writeFile(good, importedText);
    await writeFile(
      binary,
      Buffer.from([0x00, 0xff, 0x10, 0x00, 0x89, 0x50, 0x00, 0x00, 0x01, 0x02, 0x00, 0x03]),
    );
    await writeFile(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await openLibrary(page, browserMode.url);

    await page.getByTestId('import-files').setInputFiles([good, binary, picture]);

    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('1 article imported');
    const failures = summary.getByTestId('import-failure');
    await expect(failures).toHaveCount(2);
    await expect(failures.filter({ hasText: 'noise.txt' })).toContainText('The file is not a text file.');
    await expect(failures.filter({ hasText: 'picture.png' })).toContainText(
      'This file format is not supported.',
    );
    await expect(itemTitled(page, importedTitle)).toBeVisible();
    expect(await readFile(path.join(browserMode.libraryDir, 'نقل.txt'), 'utf8')).toBe(importedText);

    await summary.getByTestId('import-summary-close').click();
    await expect(summary).toBeHidden();
  } finally {
    await removeDir(source);
  }
});

test('imports a file dropped on the library', async ({ page, browserMode }) => {
  await openLibrary(page, browserMode.url);
  const library = page.getByTestId('library');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, importedText);

  await library.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await library.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-zone')).toBeHidden();

  await expect(page.getByTestId('import-summary')).toContainText('1 article imported');
  await expect(itemTitled(page, importedTitle)).toBeVisible();
});

test('follows the library folder: an edited article reloads, a new file appears', async ({
  page,
  browserMode,
}) => {
  await openLibrary(page, browserMode.url);
  await itemTitled(page, sampleTitle).click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');

  const file = path.join(browserMode.libraryDir, sampleArticleName);
  const original = await readFile(file, 'utf8');
  const edited = original.replace(
    'نقلت وكالة الأنباء العراقية الرسمية',
    'أفادت وكالة الأنباء العراقية الرسمية',
  );
  expect(edited).not.toBe(original);
  await writeFile(file, edited);
  await expect(page.locator('[data-testid="row"] p[lang="ar"]').first()).toContainText(
    'أفادت وكالة الأنباء العراقية الرسمية',
  );

  await page.getByTestId('back-to-library').click();
  await expect(items(page)).toHaveCount(1);
  await writeFile(path.join(browserMode.libraryDir, 'transport.txt'), importedText);
  await expect(itemTitled(page, importedTitle)).toBeVisible();
  await expect(items(page)).toHaveCount(2);
});

test('renames, moves to the trash, sorts and filters', async ({ page, browserMode }) => {
  await openLibrary(page, browserMode.url);
  await writeFile(path.join(browserMode.libraryDir, 'transport.txt'), importedText);
  await expect(items(page)).toHaveCount(2);

  // Sort: the sample is fully translated, the new article not at all.
  await page.getByTestId('library-sort').selectOption('translated');
  await expect(items(page).first()).toContainText(sampleTitle);
  await page.getByTestId('library-sort').selectOption('title');
  await expect(items(page).first()).toContainText(importedTitle);

  // Filter, with hamza and vowel marks the title does not have.
  const filter = page.getByTestId('library-filter');
  await filter.fill('الحُكومة تُعلن');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(importedTitle);
  await filter.fill('washington');
  await expect(items(page)).toHaveCount(1);
  await expect(items(page)).toContainText(sampleTitle);
  await filter.fill('');
  await expect(items(page)).toHaveCount(2);

  const entry = page.locator('li.library-entry').filter({ hasText: importedTitle });
  await entry.getByTestId('library-rename').click();
  const name = entry.getByTestId('library-rename-input');
  await name.fill(sampleArticleName);
  await name.press('Enter');
  await expect(entry.getByTestId('library-rename-error')).toHaveText(
    'A file with that name is already in the library.',
  );
  await name.fill('buses.txt');
  await name.press('Enter');
  await expect(entry.getByTestId('library-file')).toHaveText('buses.txt');

  await entry.getByTestId('library-delete').click();
  await expect(entry.getByTestId('library-delete-confirm')).toContainText('trash');
  await entry.getByTestId('library-delete-confirm-button').click();
  await expect(itemTitled(page, importedTitle)).toHaveCount(0);
  await expect(items(page)).toHaveCount(1);
});
