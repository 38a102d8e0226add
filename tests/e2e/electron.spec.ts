import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { repoRoot, sampleTitle } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * The Electron executable, found the way scripts/start.mjs finds it: requiring the electron
 * package would try to download the binary.
 */
function electronExecutable(): string | undefined {
  const electronPackage = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return undefined;
  const executable = override
    ? path.join(override, relative || 'electron')
    : path.join(electronPackage, 'dist', relative!);
  return existsSync(executable) ? executable : undefined;
}

const executable = electronExecutable();

interface Launched {
  app: ElectronApplication;
  page: Page;
  close(): Promise<void>;
}

/** Launches the built app on fresh library and data folders, as `npm start -- --library … --data …`. */
async function launch(): Promise<Launched> {
  const root = await makeTempDir('muwazi-electron-');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root (CI containers) unless its OS sandbox is switched off;
  // the renderer is still isolated and sandboxed by the app's own settings.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: executable!,
    args: [...rootOnly, repoRoot, '--library', path.join(root, 'library'), '--data', path.join(root, 'data')],
    cwd: repoRoot,
    env: env as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    app,
    page,
    async close() {
      await app.close();
      await removeDir(root);
    },
  };
}

test.describe('the Electron app', () => {
  test.skip(
    !executable,
    'Electron binary not installed here (node_modules/electron/dist missing): the Electron transport is not tested; browser-mode specs cover the UI',
  );

  test('serves the renderer from its own origin and reads the sample article over IPC', async () => {
    const { page, close } = await launch();
    try {
      await expect(page).toHaveURL(/^app:\/\/muwazi\//);
      expect(await page.evaluate(() => window.muwazi?.transport)).toBe('electron');
      // The page has no Node of its own.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );

      const item = page.getByTestId('library-item').filter({ hasText: sampleTitle });
      await expect(item).toBeVisible();
      await item.click();
      await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByTestId('row')).toHaveCount(13);
    } finally {
      await close();
    }
  });

  test('refuses method names the contract does not know, without reaching the main process', async () => {
    const { page, close } = await launch();
    try {
      const result = await page.evaluate(() =>
        window.muwazi?.invoke('fs:read' as never, { path: '/etc/passwd' } as never),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    } finally {
      await close();
    }
  });

  test('denies new windows', async () => {
    const { app, page, close } = await launch();
    try {
      await expect(page.getByTestId('library-item').first()).toBeVisible();
      await page.evaluate(() => {
        window.open('app://muwazi/index.html');
      });
      // window.open waits for the main process's answer, so the count below is final.
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    } finally {
      await close();
    }
  });
});
