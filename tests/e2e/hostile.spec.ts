import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../helpers/paths';
import { expect, test } from './support/browserMode';

/**
 * Hostile files run nothing and fetch nothing: web pages full of scripts, event handlers,
 * javascript: links, SVG and MathML tricks, frames, plugins, remote styles, fonts and images,
 * refresh and base tags, and plain text that merely looks like HTML. Each is opened in the real
 * app in Chromium; every request the page makes is recorded, anything bound off this machine is
 * aborted and fails the test, and any sign of a payload having run (a dialog, window.__pwned,
 * a "PWNED" console line) fails it too.
 */

const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'hostile', 'library');

interface Watch {
  requests: string[];
  offMachine: string[];
  dialogs: string[];
  console: string[];
  navigations: string[];
}

async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { requests: [], offMachine: [], dialogs: [], console: [], navigations: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => seen.console.push(message.text()));
  page.on('framenavigated', (frame) => seen.navigations.push(frame.url()));
  page.on('websocket', (socket) => seen.offMachine.push(socket.url()));
  await page.context().route('**', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'http:' && url.hostname === '127.0.0.1') return route.continue();
    seen.offMachine.push(url.href);
    return route.abort('blockedbyclient');
  });
  return seen;
}

/** Nothing of the files' markup made it into the page: only the app's own elements. */
async function expectNoForeignElements(page: Page, origin: string): Promise<void> {
  const foreign = await page.evaluate((appOrigin) => {
    const found: string[] = [];
    const selectors = [
      'iframe',
      'frame',
      'object',
      'embed',
      'base',
      'meta[http-equiv="refresh" i]',
      'video',
      'audio',
      'math',
      'svg script',
      'svg animate',
      'noscript',
      '[onerror], [onload], [onclick], [onmouseover], [onfocus], [ontoggle], [onbegin]',
      'a[href^="javascript:" i]',
    ];
    for (const selector of selectors) {
      for (const element of document.querySelectorAll(selector))
        found.push(`${selector}: ${element.outerHTML}`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src.startsWith(`${appOrigin}/assets/`)) found.push(`script: ${script.outerHTML}`);
    }
    for (const element of document.querySelectorAll('img, link, source')) {
      const url = (element as HTMLImageElement).src || (element as HTMLLinkElement).href || '';
      if (url !== '' && !url.startsWith(`${appOrigin}/`) && !url.startsWith('data:')) {
        found.push(`resource: ${element.outerHTML}`);
      }
    }
    if (!document.baseURI.startsWith(`${appOrigin}/`)) found.push(`base URI: ${document.baseURI}`);
    return found;
  }, origin);
  expect(foreign).toEqual([]);
}

async function expectNothingRan(page: Page, seen: Watch): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.console.filter((line) => line.includes('PWNED'))).toEqual([]);
}

async function openArticle(page: Page, title: string): Promise<void> {
  const back = page.getByTestId('back-to-library');
  if (await back.isVisible()) await back.click();
  const item = page.getByTestId('library-item').filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await item.click();
  await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
}

test('hostile files in the library run nothing, fetch nothing, and still read as text', async ({
  page,
  browserMode,
}) => {
  await cp(fixtures, browserMode.libraryDir, { recursive: true });
  const seen = await watch(page);
  const origin = new URL(browserMode.url).origin;

  // The library: every file is listed, none refused, and a title that looks like markup is text.
  await page.goto(browserMode.url);
  // The first listing starts the import worker (a DOM library to load) and reads every page:
  // on a busy machine that takes a while, and it is not what this test measures.
  await expect(page.getByTestId('library-item').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByTestId('library-problems')).toHaveCount(0);
  const markupTitle = `<img src=x onerror="window.__pwned='title'"> عنوان فيه وسم`;
  await expect(page.getByTestId('library-item').filter({ hasText: markupTitle })).toHaveCount(1);
  await expectNoForeignElements(page, origin);
  await expectNothingRan(page, seen);

  // A web page full of scripts, handlers and remote resources, with an English page beside it.
  await openArticle(page, 'مقال مفخخ بالبرامج');
  const reader = page.getByTestId('reader');
  await expect(page.getByTestId('title-ar')).toHaveText('مقال مفخخ بالبرامج');
  await expect(reader).toContainText('الفقرة الأولى من المقال التجريبي تتحدث عن الأمطار');
  await expect(reader).toContainText('يصل التلاميذ إليها رابط خبيث ثم تعود إلى الموضوع الأصلي');
  await expect(reader).toContainText('الفقرة الثالثة تختم المقال');
  await expect(reader).toContainText('A link that should be plain text sits inside the second paragraph');
  await expect(reader).toContainText('The third paragraph closes the article');
  for (const leak of ['window.__pwned', 'evil.example', 'alert(', 'javascript:', 'نص داخل الرسم']) {
    await expect(reader).not.toContainText(leak);
  }
  // What the importer judged page furniture is set aside, not lost.
  await page.getByTestId('set-aside-toggle').click();
  const setAside = page.getByTestId('set-aside-panel');
  await expect(setAside).toContainText('يستخدم هذا الموقع ملفات تعريف الارتباط');
  await expect(setAside).toContainText('الرئيسية | أخبار | رياضة');
  await expect(setAside).not.toContainText('evil.example');
  await expectNoForeignElements(page, origin);
  await expectNothingRan(page, seen);

  // Plain text that looks like HTML shows as the very characters in the file.
  await openArticle(page, 'نص يشبه الشيفرة');
  await expect(reader).toContainText(
    "هذه الفقرة تحتوي على ما يشبه الشيفرة ويجب أن يظهر كما هو: <script>window.__pwned = 'txt'</script> ثم نكمل الكلام.",
  );
  await expect(reader).toContainText(
    `وهذه صورة مزيفة <img src="http://evil.example/txt.png" onerror="window.__pwned='txt img'"> وكلمة <b>ليست عريضة</b> في النص.`,
  );
  await expect(reader).toContainText("must show as it is: <script>window.__pwned = 'txt'</script> and then");
  await expect(reader).toContainText('and a word <b>that is not bold</b> in the text.');
  await expect(reader.locator('b')).toHaveCount(0);
  await expectNoForeignElements(page, origin);
  await expectNothingRan(page, seen);

  // Markdown: its styling is read, inline HTML stays text.
  await openArticle(page, 'مقال ماركداون فيه شيفرة');
  await expect(reader).toContainText(
    "الفقرة الأولى فيها وسم <script>window.__pwned = 'md'</script> يجب أن يبقى نصا",
  );
  await expect(reader).toContainText('<iframe src="http://evil.example/md-frame"></iframe>');
  await expect(reader).toContainText(
    `الفقرة الأخيرة فيها <svg onload="window.__pwned='md svg'"></svg> وتنتهي هنا.`,
  );
  await expectNoForeignElements(page, origin);
  await expectNothingRan(page, seen);

  // A page whose title and text hold escaped markup.
  await openArticle(page, markupTitle);
  await expect(page.getByTestId('title-ar')).toHaveText(markupTitle);
  await expect(reader).toContainText("<script>window.__pwned='escaped'</script> ولا يتحول إلى برنامج.");
  await expectNoForeignElements(page, origin);
  await expectNothingRan(page, seen);

  // Offline by design: the page asked for things (the app's own files and API), all on this machine.
  expect(seen.requests.length).toBeGreaterThan(0);
  expect(seen.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  expect(seen.offMachine).toEqual([]);
  expect(seen.navigations.filter((url) => !url.startsWith(`${origin}/`) && url !== 'about:blank')).toEqual(
    [],
  );
});
