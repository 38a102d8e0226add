// Screens of bookmarks, highlights and notes for `screenshot.ts --all`: a highlight with its
// popover, the notes panel with a note, and the bookmarks panel, in the current UI language.
import path from 'node:path';
import type { Page } from '@playwright/test';

async function select(page: Page, lang: 'ar' | 'en', phrase: string): Promise<void> {
  await page.evaluate(
    ({ lang, phrase }) => {
      const p = [...document.querySelectorAll<HTMLElement>(`[data-testid="row"] p[lang="${lang}"]`)].find(
        (el) => el.textContent?.includes(phrase),
      )!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf(phrase);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const rect = range.getBoundingClientRect();
      p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom }));
    },
    { lang, phrase },
  );
  await page.getByTestId('highlight-popover').waitFor();
}

/** Adds highlights and a bookmark to the open article (once), and shoots them. */
export async function shootNotes(page: Page, outDir: string, suffix: string, create: boolean): Promise<void> {
  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `${name}-${suffix}.png`) });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  if (create) {
    await select(page, 'en', 'Iraqi News Agency');
    await page.getByTestId('swatch-blue').click();
    await page.locator('[data-testid="swatch-blue"][aria-pressed="true"]').waitFor();
    await page.keyboard.press('Escape');
    await select(page, 'ar', 'رئيس الوزراء مصطفى الكاظمي');
    await page.getByTestId('swatch-yellow').click();
    await page.locator('[data-testid="swatch-yellow"][aria-pressed="true"]').waitFor();
    await page.getByTestId('add-note').click();
    await page.getByTestId('note-text').fill('al-Kadhimi: مصطفى الكاظمي, PM since May 2020');
    await page.getByTestId('note-save').click();
    await page.getByTestId('highlight-popover').waitFor({ state: 'hidden' });
    await page.keyboard.press('b');
    await page.getByTestId('bookmark-name').fill('Opening');
    await page.getByTestId('bookmark-name').press('Enter');
    await page.getByTestId('bookmark-prompt').waitFor({ state: 'hidden' });
  }
  await select(page, 'ar', 'وواشنطن تؤكدان');
  await shot('popover');
  await page.getByTestId('swatch-green').click();
  await page.locator('[data-testid="swatch-green"][aria-pressed="true"]').waitFor();
  await page.getByTestId('add-note').click();
  await page.getByTestId('note-text').fill(suffix === 'ar' ? 'ملاحظة بالعربية' : 'affirm: تؤكدان');
  await shot('note-editor');
  await page.getByTestId('note-cancel').click();
  await page.getByTestId('annotations-toggle').click();
  await page.getByTestId('annotations-panel').waitFor();
  await shot('notes-panel');
  await page.getByTestId('annotation-delete').first().click();
  await page.getByTestId('toast').waitFor();
  await shot('notes-toast');
  await page.getByTestId('toast-undo').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('bookmarks-toggle').click();
  await page.getByTestId('bookmarks-panel').waitFor();
  await shot('bookmarks-panel');
  await page.keyboard.press('Escape');
}
