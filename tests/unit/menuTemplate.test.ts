import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appCommands, errorCodes, type Theme, type UiLanguage } from '../../electron/contract';
import { savedUiLanguageSync } from '../../electron/core/desktop/appIdentity';
import {
  type DesktopTextKey,
  desktopTextKeys,
  importReport,
  isolate,
  translator,
} from '../../electron/core/desktop/desktopText';
import {
  type MenuActions,
  type MenuItemTemplate,
  type MenuModel,
  menuTemplate,
  normaliseAccelerator,
  recentItemPrefix,
} from '../../electron/core/desktop/menuTemplate';
import type { RecentArticle } from '../../electron/core/desktop/recentArticles';
import { repoRoot } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

// The main process imports these files; the test reads them as data, so it never loads electron/main.
const locales: Record<UiLanguage, Record<string, string>> = {
  en: JSON.parse(readFileSync(path.join(repoRoot, 'electron/main/locales/en.json'), 'utf8')),
  ar: JSON.parse(readFileSync(path.join(repoRoot, 'electron/main/locales/ar.json'), 'utf8')),
};

const platforms = ['darwin', 'win32', 'linux'] as const;
const recent: RecentArticle[] = [
  { id: '0000000000000001', title: { ar: 'الأول', en: 'First' } },
  { id: '0000000000000002', title: { ar: 'الثاني' } },
];

/** Records what the menu asks for, as the main process would do it. */
function recordingActions(): { actions: MenuActions; calls: string[] } {
  const calls: string[] = [];
  const actions: MenuActions = {
    send: (command) => calls.push(`send ${command}`),
    open: () => calls.push('open'),
    importFiles: () => calls.push('importFiles'),
    importFolder: () => calls.push('importFolder'),
    exportNotes: (format) => calls.push(`export ${format}`),
    openRecent: (id) => calls.push(`recent ${id}`),
    clearRecent: () => calls.push('clearRecent'),
    setLanguage: (language) => calls.push(`language ${language}`),
    setTheme: (theme) => calls.push(`theme ${theme}`),
  };
  return { actions, calls };
}

function model(overrides: Partial<MenuModel> = {}): MenuModel {
  return {
    platform: 'linux',
    showDevTools: true,
    language: 'en',
    theme: 'system',
    recent,
    canExport: true,
    ...overrides,
  };
}

function walk(items: readonly MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
}

function byId(items: readonly MenuItemTemplate[], id: string): MenuItemTemplate {
  const found = walk(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

describe('main-process translations', () => {
  it('have the same keys in English and Arabic, exactly the ones the code uses', () => {
    const expected = [...desktopTextKeys].sort();
    expect(Object.keys(locales.en).sort()).toEqual(expected);
    expect(Object.keys(locales.ar).sort()).toEqual(expected);
    for (const code of errorCodes) expect(desktopTextKeys).toContain(`error.${code}`);
  });

  it('are filled in, in Arabic script for the Arabic menus', () => {
    // Names that read the same in both UIs: the languages in their own script, and format names.
    const sameInBoth = new Set(['menu.languageEnglish', 'menu.languageArabic', 'dialog.markdown']);
    for (const key of desktopTextKeys) {
      expect(locales.en[key]?.trim(), `en ${key}`).toBeTruthy();
      expect(locales.ar[key]?.trim(), `ar ${key}`).toBeTruthy();
      if (!sameInBoth.has(key)) {
        expect(locales.ar[key], `ar ${key}`).toMatch(/[\u0600-\u06ff]/);
        expect(locales.ar[key], `ar ${key}`).not.toBe(locales.en[key]);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of desktopTextKeys) {
      expect(placeholders(locales.ar[key]!), key).toEqual(placeholders(locales.en[key]!));
    }
  });

  it('fill placeholders, and fall back to English for a missing key', () => {
    const t = translator({ 'import.summary': 'استُورد: {imported}' }, locales.en);
    expect(t('import.summary', { imported: 3 })).toBe('استُورد: 3');
    expect(t('menu.file')).toBe('File');
    expect(translator({})('menu.file')).toBe('menu.file');
  });
});

describe('menuTemplate', () => {
  for (const platform of platforms) {
    for (const language of ['en', 'ar'] as const) {
      it(`labels every item from the ${language} translations on ${platform}`, () => {
        const t = translator(locales[language] as Record<DesktopTextKey, string>);
        const used = new Set<string>();
        const recording = translator(
          Object.fromEntries(desktopTextKeys.map((key) => [key, `⟦${key}⟧`])) as Record<
            DesktopTextKey,
            string
          >,
        );
        const items = walk(
          menuTemplate(model({ platform, language }), recording, recordingActions().actions),
        );
        for (const item of items) {
          if (item.type === 'separator' || item.role === 'appMenu') continue;
          if (item.id?.startsWith(recentItemPrefix)) continue;
          expect(item.label, JSON.stringify({ id: item.id, role: item.role })).toMatch(/^⟦[\w.-]+⟧$/);
          const key = item.label!.slice(1, -1) as DesktopTextKey;
          used.add(key);
          expect(t(key), key).not.toBe(key);
        }
        // The translated menu itself has no key left showing.
        const translated = walk(menuTemplate(model({ platform, language }), t, recordingActions().actions));
        for (const item of translated) expect(item.label ?? '').not.toMatch(/^(menu|dialog|import|error)\./);
        expect(used.size).toBeGreaterThan(25);
      });
    }

    it(`gives no two items the same accelerator on ${platform}`, () => {
      const t = translator(locales.en as Record<DesktopTextKey, string>);
      const items = walk(
        menuTemplate(model({ platform, showDevTools: true }), t, recordingActions().actions),
      );
      const accelerators = items.flatMap((item) =>
        item.accelerator ? [normaliseAccelerator(item.accelerator, platform)] : [],
      );
      expect(accelerators.length).toBeGreaterThan(10);
      const repeated = accelerators.filter((a, index) => accelerators.indexOf(a) !== index);
      expect(repeated).toEqual([]);
    });

    it(`gives every item a unique id and every role item a label on ${platform}`, () => {
      const t = translator(locales.en as Record<DesktopTextKey, string>);
      const items = walk(menuTemplate(model({ platform }), t, recordingActions().actions));
      const ids = items.flatMap((item) => (item.id ? [item.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of items)
        if (item.role && item.role !== 'appMenu') expect(item.label, item.role).toBeTruthy();
    });
  }

  it('spells accelerators one way, whatever the spelling', () => {
    expect(normaliseAccelerator('CmdOrCtrl+Shift+O', 'linux')).toBe(
      normaliseAccelerator('Shift+Control+O', 'linux'),
    );
    expect(normaliseAccelerator('CmdOrCtrl+Shift+O', 'darwin')).toBe(
      normaliseAccelerator('Shift+Command+O', 'darwin'),
    );
    expect(normaliseAccelerator('CmdOrCtrl+O', 'darwin')).not.toBe(normaliseAccelerator('Ctrl+O', 'darwin'));
  });

  it('has our items, each doing what it says', () => {
    const { actions, calls } = recordingActions();
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    const items = menuTemplate(model(), t, actions);
    for (const id of [
      'open',
      'import-files',
      'import-folder',
      'export-md',
      'export-json',
      'recent:0000000000000002',
      'clear-recent',
      'language-ar',
      'language-en',
      'theme-dark',
      'theme-light',
      'theme-system',
      ...appCommands,
    ]) {
      byId(items, id).click?.();
    }
    expect(calls).toEqual([
      'open',
      'importFiles',
      'importFolder',
      'export md',
      'export json',
      'recent 0000000000000002',
      'clearRecent',
      'language ar',
      'language en',
      'theme dark',
      'theme light',
      'theme system',
      ...appCommands.map((command) => `send ${command}`),
    ]);
  });

  it('opens a folder as library from the File menu, through the window, in both languages', () => {
    const labels = { en: 'Open Folder as Library…', ar: 'فتح مجلد كمكتبة…' } as const;
    for (const platform of platforms) {
      for (const language of ['en', 'ar'] as const) {
        const { actions, calls } = recordingActions();
        const t = translator(locales[language] as Record<DesktopTextKey, string>);
        const file = byId(menuTemplate(model({ platform, language }), t, actions), 'file');
        const item = byId(file.submenu!, 'open-library-folder');
        expect(item.label).toBe(labels[language]);
        item.click?.();
        // The window asks for the dialog itself (library:choose-folder), as its own button does.
        expect(calls).toEqual(['send open-library-folder']);
      }
    }
  });

  it('lists the recent articles by title in the UI language', () => {
    const t = translator(locales.ar as Record<DesktopTextKey, string>);
    const submenu = byId(
      menuTemplate(model({ language: 'ar' }), t, recordingActions().actions),
      'open-recent',
    ).submenu!;
    expect(submenu.map((item) => item.label ?? item.type)).toEqual([
      'الأول',
      'الثاني',
      'separator',
      'مسح القائمة',
    ]);
    const english = menuTemplate(
      model(),
      translator(locales.en as Record<DesktopTextKey, string>),
      recordingActions().actions,
    );
    expect(byId(english, 'recent:0000000000000001').label).toBe('First');
  });

  it('shows an empty recent list as such, with nothing to clear', () => {
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    const items = menuTemplate(model({ recent: [] }), t, recordingActions().actions);
    expect(byId(items, 'recent-none')).toMatchObject({ label: 'No recent articles', enabled: false });
    expect(byId(items, 'clear-recent').enabled).toBe(false);
  });

  it('offers Export only while an article is open', () => {
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    for (const canExport of [true, false]) {
      const items = menuTemplate(model({ canExport }), t, recordingActions().actions);
      for (const id of ['export-notes', 'export-md', 'export-json'])
        expect(byId(items, id).enabled, id).toBe(canExport);
    }
  });

  it('checks the language and theme in use', () => {
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    for (const language of ['en', 'ar'] as const) {
      for (const theme of ['system', 'light', 'dark'] as const satisfies readonly Theme[]) {
        const items = menuTemplate(model({ language, theme }), t, recordingActions().actions);
        const checked = walk(items)
          .filter((item) => item.type === 'radio' && item.checked)
          .map((item) => item.id);
        expect(checked).toEqual([`language-${language}`, `theme-${theme}`]);
      }
    }
  });

  it('leaves the text-size keys to the renderer, and developer tools out of a packaged app', () => {
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    const items = menuTemplate(model({ showDevTools: false }), t, recordingActions().actions);
    for (const id of ['text-larger', 'text-smaller', 'text-reset']) {
      expect(byId(items, id).registerAccelerator, id).toBe(false);
    }
    expect(walk(items).some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
  });

  it('puts the app menu first on macOS only', () => {
    const t = translator(locales.en as Record<DesktopTextKey, string>);
    expect(menuTemplate(model({ platform: 'darwin' }), t, recordingActions().actions)[0]?.role).toBe(
      'appMenu',
    );
    expect(menuTemplate(model({ platform: 'win32' }), t, recordingActions().actions)[0]?.id).toBe('file');
  });
});

describe('importReport', () => {
  const en = translator(locales.en as Record<DesktopTextKey, string>);
  const ar = translator(locales.ar as Record<DesktopTextKey, string>);

  it('stays quiet after a file opened from the system went in', () => {
    const outcome = { imported: [{ from: 'a.txt', file: 'a.txt' }], failed: [], cancelled: false };
    expect(importReport(outcome, en, { quietOnSuccess: true })).toBeNull();
    expect(importReport(outcome, en, { quietOnSuccess: false })).toEqual({
      type: 'info',
      message: 'Imported: 1. Not imported: 0.',
      detail: '',
    });
  });

  it('names each refused file with its reason, in the UI language', () => {
    const outcome = {
      imported: [],
      failed: [
        { from: 'صورة.pdf', code: 'unsupported-format' as const },
        { from: 'big.txt', code: 'too-large' as const },
      ],
      cancelled: false,
    };
    const report = importReport(outcome, ar, { quietOnSuccess: true });
    expect(report?.type).toBe('warning');
    expect(report?.message).toBe('استُورد: 0. لم يُستورد: 2.');
    expect(report?.detail.split('\n')).toEqual([
      `${isolate('صورة.pdf')}: ${locales.ar['error.unsupported-format']}`,
      `${isolate('big.txt')}: ${locales.ar['error.too-large']}`,
    ]);
  });

  it('counts what it does not list, and says when the import was stopped', () => {
    const failed = Array.from({ length: 20 }, (_, n) => ({
      from: `${n}.pdf`,
      code: 'unsupported-format' as const,
    }));
    const report = importReport({ imported: [], failed, cancelled: true }, en, { quietOnSuccess: true });
    const lines = report!.detail.split('\n');
    expect(lines).toHaveLength(14);
    expect(lines.at(-2)).toBe('…and 8 more.');
    expect(lines.at(-1)).toBe(locales.en['import.cancelled']);
  });

  it('says so when a folder held nothing to import', () => {
    expect(
      importReport({ imported: [], failed: [], cancelled: false }, en, { quietOnSuccess: true }),
    ).toEqual({
      type: 'info',
      message: locales.en['import.nothing'],
      detail: '',
    });
  });
});

describe('savedUiLanguageSync', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir('muwazi-language-');
  });
  afterEach(() => removeDir(dataDir));

  it('reads the UI language from the saved settings before the app is ready', async () => {
    expect(savedUiLanguageSync(dataDir)).toBeUndefined();
    await writeFile(
      path.join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, data: { uiLanguage: 'ar' } }),
    );
    expect(savedUiLanguageSync(dataDir)).toBe('ar');
  });

  it('knows nothing from a damaged file or a language it does not offer', async () => {
    await writeFile(path.join(dataDir, 'settings.json'), '{"version":1,"data":');
    expect(savedUiLanguageSync(dataDir)).toBeUndefined();
    await writeFile(
      path.join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, data: { uiLanguage: 'fr' } }),
    );
    expect(savedUiLanguageSync(dataDir)).toBeUndefined();
    await mkdir(path.join(dataDir, 'nested'));
    expect(savedUiLanguageSync(path.join(dataDir, 'nested'))).toBeUndefined();
  });
});
