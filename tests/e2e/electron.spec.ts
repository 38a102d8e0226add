import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
  /** The launch's own folders: library/, data/, and anything a test puts beside them. */
  root: string;
  /** Quits the app; the folders stay for a later launch until `cleanup`. */
  quit(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches the built app as `npm start -- --library … --data … [files…]`, on fresh folders or on
 * the ones of an earlier launch.
 */
async function launch(options: { root?: string; files?: string[] } = {}): Promise<Launched> {
  const root = options.root ?? (await makeTempDir('muwazi-electron-'));
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root (CI containers) unless its OS sandbox is switched off;
  // the renderer is still isolated and sandboxed by the app's own settings.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: executable!,
    args: [
      ...rootOnly,
      repoRoot,
      '--library',
      path.join(root, 'library'),
      '--data',
      path.join(root, 'data'),
      ...(options.files ?? []),
    ],
    cwd: repoRoot,
    env: env as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    app,
    page,
    root,
    async quit() {
      await app.close();
    },
    async close() {
      await app.close();
      await removeDir(root);
    },
  };
}

interface MenuEntry {
  id: string;
  label: string;
  enabled: boolean;
}

/** Every item of the application menu, flattened, as the main process built it. */
function menuEntries(app: ElectronApplication): Promise<MenuEntry[]> {
  return app.evaluate(({ Menu }) => {
    const entries: MenuEntry[] = [];
    const walk = (menu: Electron.Menu | null) => {
      for (const item of menu?.items ?? []) {
        entries.push({ id: item.id, label: item.label, enabled: item.enabled });
        walk(item.submenu ?? null);
      }
    };
    walk(Menu.getApplicationMenu());
    return entries;
  });
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

  test('imports a file named on the command line and opens it', async () => {
    const root = await makeTempDir('muwazi-electron-');
    const downloads = path.join(root, 'Downloads');
    await mkdir(downloads);
    await writeFile(
      path.join(downloads, 'خبر.txt'),
      'عنوان الخبر الجديد\n\nالفقرة الأولى.\n\nالفقرة الثانية.',
    );
    await writeFile(
      path.join(downloads, 'خبر.en.txt'),
      'The new headline\n\nThe first paragraph.\n\nThe second paragraph.',
    );
    const { page, close } = await launch({ root, files: [path.join(downloads, 'خبر.txt')] });
    try {
      await expect(page).toHaveURL(/#\/read\/[a-f0-9]{16}$/);
      await expect(page.getByTestId('reader')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByTestId('row')).toHaveCount(2);
      await expect(page.getByText('الفقرة الأولى.')).toBeVisible();
      expect((await readdir(path.join(root, 'library'))).filter((name) => name.startsWith('خبر'))).toEqual(
        expect.arrayContaining(['خبر.txt', 'خبر.en.txt']),
      );
    } finally {
      await close();
    }
  });

  test('has a menu with our items, labelled in the UI language', async () => {
    const { app, page, root, close } = await launch();
    try {
      await expect(page.getByTestId('library-item').first()).toBeVisible();
      const entries = await menuEntries(app);
      const ids = entries.map((entry) => entry.id);
      for (const id of [
        'open',
        'open-recent',
        'import-files',
        'import-folder',
        'export-notes',
        'text-larger',
        'text-smaller',
        'text-reset',
        'swap-panes',
        'language-en',
        'language-ar',
        'theme-system',
        'theme-light',
        'theme-dark',
      ]) {
        expect(ids, id).toContain(id);
      }
      expect(entries.find((entry) => entry.id === 'open')?.label).toBe('Open…');
      // No article is open yet, so there are no notes to export.
      expect(entries.find((entry) => entry.id === 'export-notes')?.enabled).toBe(false);

      // Choosing Arabic from the menu saves the setting and relabels the menu.
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('language-ar')?.click());
      await expect
        .poll(async () => (await menuEntries(app)).find((entry) => entry.id === 'open')?.label)
        .toBe('فتح…');
      const saved = JSON.parse(await readFile(path.join(root, 'data', 'settings.json'), 'utf8'));
      expect(saved.data.uiLanguage).toBe('ar');
    } finally {
      await close();
    }
  });

  test('remembers the window size, position and maximised state across launches', async () => {
    const first = await launch();
    const stateFile = path.join(first.root, 'data', 'window-state.json');
    // Not the default placement, and inside even xvfb-run's 640×480 screen, so nothing moves it.
    const bounds = { x: 0, y: 20, width: 640, height: 440 };
    let running: Launched | null = first;
    try {
      await expect(first.page.getByTestId('library-item').first()).toBeVisible();
      await first.app.evaluate(({ BrowserWindow }, wanted) => {
        BrowserWindow.getAllWindows()[0]?.setBounds(wanted);
      }, bounds);
      running = null;
      await first.quit();
      expect(JSON.parse(await readFile(stateFile, 'utf8')).data).toEqual({ bounds, maximized: false });

      const second = await launch({ root: first.root });
      running = second;
      const restored = await second.app.evaluate(({ BrowserWindow }) => {
        const window = BrowserWindow.getAllWindows()[0]!;
        return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
      });
      expect(restored).toEqual({ bounds, maximized: false });

      await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.maximize());
      running = null;
      await second.quit();
      // Maximised, and the normal bounds kept for when it is restored.
      expect(JSON.parse(await readFile(stateFile, 'utf8')).data).toEqual({ bounds, maximized: true });
    } finally {
      await running?.quit();
      await removeDir(first.root);
    }
  });
});
