import type { AppCommand, Theme, UiLanguage } from '../../contract';
import type { Translate } from './desktopText';
import { type RecentArticle, recentLabel } from './recentArticles';

/**
 * The roles the menu uses: a subset of Electron's, spelled out here because this module runs on
 * plain Node (it is tested there) and must not import electron, not even its types.
 */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close'
  | 'quit'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'appMenu'
  | 'windowMenu';

/** The shape of Electron's MenuItemConstructorOptions that the menu uses; main passes it on as is. */
export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

/** What the menu shows: it is rebuilt whenever any of this changes. */
export interface MenuModel {
  platform: NodeJS.Platform;
  showDevTools: boolean;
  language: UiLanguage;
  theme: Theme;
  recent: readonly RecentArticle[];
  /** An article is open, so its notes can be exported. */
  canExport: boolean;
}

export interface MenuActions {
  send(command: AppCommand): void;
  open(): void;
  importFiles(): void;
  importFolder(): void;
  exportNotes(format: 'md' | 'json'): void;
  openRecent(id: string): void;
  clearRecent(): void;
  setLanguage(language: UiLanguage): void;
  setTheme(theme: Theme): void;
}

/** Menu item ids start with this for recent articles, whose labels are titles, not translations. */
export const recentItemPrefix = 'recent:';

/**
 * The application menu as data, in the UI language. Every item carries its label (role items
 * too: Electron's own role labels are English only) and its accelerator, written out even where
 * the role has the same default, so that one test sees every key the menu takes.
 *
 * There are deliberately no zoom roles: text size is a reading setting the renderer owns (per
 * language, saved), so the usual zoom keys send commands instead of scaling the whole page.
 */
export function menuTemplate(model: MenuModel, t: Translate, actions: MenuActions): MenuItemTemplate[] {
  const { platform, showDevTools, language, theme, recent, canExport } = model;
  const isMac = platform === 'darwin';
  const separator: MenuItemTemplate = { type: 'separator' };
  const command = (
    id: AppCommand,
    label: MenuItemTemplate['label'],
    accelerator?: string,
  ): MenuItemTemplate => ({
    id,
    label,
    // The renderer handles these keys itself (and in browser mode there is no menu), so the menu
    // only shows them: registering them too would apply each step twice.
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.send(id),
  });

  const recentItems: MenuItemTemplate[] =
    recent.length === 0
      ? [{ id: 'recent-none', label: t('menu.noRecent'), enabled: false }]
      : recent.map((article) => ({
          id: `${recentItemPrefix}${article.id}`,
          label: recentLabel(article, language, platform),
          click: () => actions.openRecent(article.id),
        }));

  const appMenu: MenuItemTemplate = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: t('menu.about') },
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide'), accelerator: 'Command+H' },
      { role: 'hideOthers', label: t('menu.hideOthers'), accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit'), accelerator: 'Command+Q' },
    ],
  };

  const file: MenuItemTemplate = {
    id: 'file',
    label: t('menu.file'),
    submenu: [
      { id: 'open', label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: actions.open },
      {
        id: 'open-recent',
        label: t('menu.openRecent'),
        submenu: [
          ...recentItems,
          separator,
          {
            id: 'clear-recent',
            label: t('menu.clearRecent'),
            enabled: recent.length > 0,
            click: actions.clearRecent,
          },
        ],
      },
      separator,
      // The window runs it, as its own "Open folder…" button does, and reports any error in place.
      command('open-library-folder', t('menu.openLibraryFolder')),
      separator,
      {
        id: 'import-files',
        label: t('menu.importFiles'),
        accelerator: 'CmdOrCtrl+Shift+O',
        click: actions.importFiles,
      },
      { id: 'import-folder', label: t('menu.importFolder'), click: actions.importFolder },
      {
        id: 'export-notes',
        label: t('menu.exportNotes'),
        enabled: canExport,
        submenu: [
          {
            id: 'export-md',
            label: t('menu.exportMarkdown'),
            enabled: canExport,
            click: () => actions.exportNotes('md'),
          },
          {
            id: 'export-json',
            label: t('menu.exportJson'),
            enabled: canExport,
            click: () => actions.exportNotes('json'),
          },
        ],
      },
      separator,
      isMac
        ? { role: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W' }
        : // Windows has no quit key of its own: Alt+F4 closes the window, and with it the app.
          { role: 'quit', label: t('menu.quit'), ...(platform === 'win32' ? {} : { accelerator: 'Ctrl+Q' }) },
    ],
  };

  const edit: MenuItemTemplate = {
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z' },
      {
        role: 'redo',
        label: t('menu.redo'),
        accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z',
      },
      separator,
      { role: 'cut', label: t('menu.cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: t('menu.copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: t('menu.paste'), accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: t('menu.selectAll'), accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const radio = (id: string, label: string, checked: boolean, click: () => void): MenuItemTemplate => ({
    id,
    label,
    type: 'radio',
    checked,
    click,
  });

  const view: MenuItemTemplate = {
    id: 'view',
    label: t('menu.view'),
    submenu: [
      command('show-library', t('menu.library')),
      command('swap-panes', t('menu.swapPanes')),
      separator,
      command('text-larger', t('menu.textLarger'), 'CmdOrCtrl+='),
      command('text-smaller', t('menu.textSmaller'), 'CmdOrCtrl+-'),
      command('text-reset', t('menu.textReset'), 'CmdOrCtrl+0'),
      separator,
      {
        id: 'language',
        label: t('menu.language'),
        submenu: [
          radio('language-en', t('menu.languageEnglish'), language === 'en', () => actions.setLanguage('en')),
          radio('language-ar', t('menu.languageArabic'), language === 'ar', () => actions.setLanguage('ar')),
        ],
      },
      {
        id: 'theme',
        label: t('menu.theme'),
        submenu: [
          radio('theme-system', t('menu.themeSystem'), theme === 'system', () => actions.setTheme('system')),
          radio('theme-light', t('menu.themeLight'), theme === 'light', () => actions.setTheme('light')),
          radio('theme-dark', t('menu.themeDark'), theme === 'dark', () => actions.setTheme('dark')),
        ],
      },
      separator,
      ...(showDevTools
        ? [
            { role: 'reload', label: t('menu.reload'), accelerator: 'CmdOrCtrl+R' } as const,
            {
              role: 'toggleDevTools',
              label: t('menu.devTools'),
              accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
            } as const,
          ]
        : []),
      {
        role: 'togglefullscreen',
        label: t('menu.fullScreen'),
        accelerator: isMac ? 'Control+Command+F' : 'F11',
      },
    ],
  };

  const windowMenu: MenuItemTemplate = {
    id: 'window',
    label: t('menu.window'),
    // On macOS the role makes this the menu that lists the open windows.
    role: 'windowMenu',
    submenu: isMac
      ? [
          { role: 'minimize', label: t('menu.minimize'), accelerator: 'CmdOrCtrl+M' },
          { role: 'zoom', label: t('menu.zoom') },
          separator,
          { role: 'front', label: t('menu.front') },
        ]
      : [
          { role: 'minimize', label: t('menu.minimize'), accelerator: 'CmdOrCtrl+M' },
          { role: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W' },
        ],
  };

  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu];
}

/**
 * An accelerator in one spelling, so `CmdOrCtrl+Shift+O` and `Shift+CommandOrControl+O` compare
 * equal. On macOS CmdOrCtrl is Command, elsewhere Control.
 */
export function normaliseAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop() ?? '';
  const aliases: Record<string, string> = {
    cmdorctrl: platform === 'darwin' ? 'command' : 'control',
    commandorcontrol: platform === 'darwin' ? 'command' : 'control',
    cmd: 'command',
    ctrl: 'control',
    option: 'alt',
    super: 'meta',
  };
  const modifiers = [...new Set(parts.map((part) => aliases[part] ?? part))].sort();
  return [...modifiers, key === 'plus' ? '+' : key].join('+');
}
