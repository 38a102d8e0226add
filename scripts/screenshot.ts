// Regenerates the README screenshot (docs/screenshot.png) and, with --all, the Arabic-UI and
// library views beside it: browser mode on a fresh temp library, Chromium, the sample article.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { shootNotes } from './screenshotNotes';

const root = path.resolve(import.meta.dirname, '..');
const all = process.argv.includes('--all');
const outDir = path.join(root, all ? 'test-results/screens' : 'docs');

const temp = await mkdtemp(path.join(os.tmpdir(), 'muwazi-shot-'));
const serve = spawn(
  path.join(root, 'node_modules/.bin/tsx'),
  [
    'electron/serve/main.ts',
    '--library',
    path.join(temp, 'lib'),
    '--data',
    path.join(temp, 'data'),
    '--port',
    '0',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve) => {
  let out = '';
  serve.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
    const match = out.match(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/m);
    if (match) resolve(match[0]);
  });
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.getByTestId('library-item').first().waitFor();
  if (all) await page.screenshot({ path: path.join(outDir, 'library-en.png') });
  await page.getByTestId('library-item').first().click();
  await page.locator('[data-testid="reader"][data-ready="true"]').waitFor();
  await page.screenshot({ path: path.join(outDir, all ? 'reader-en.png' : 'screenshot.png') });
  if (all) await shootNotes(page, outDir, 'en', true);
  if (all) {
    await page.getByTestId('ui-language-ar').click();
    await page.locator('html[dir="rtl"]').waitFor();
    await page.screenshot({ path: path.join(outDir, 'reader-ar.png') });
    await page.getByTestId('set-aside-toggle').click();
    await page.screenshot({ path: path.join(outDir, 'set-aside-ar.png') });
    await page.keyboard.press('Escape');
    await shootNotes(page, outDir, 'ar', false);
    await page.getByTestId('back-to-library').click();
    await page.getByTestId('library-item').first().waitFor();
    await page.screenshot({ path: path.join(outDir, 'library-ar.png') });
  }
} finally {
  await browser.close();
  serve.kill();
  await rm(temp, { recursive: true, force: true });
}
