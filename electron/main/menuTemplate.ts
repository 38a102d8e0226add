import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../contract';

/** English labels; each key is what a translation will supply later. */
export const englishMenuLabels = {
  'menu.file': 'File',
  'menu.edit': 'Edit',
  'menu.view': 'View',
  'menu.window': 'Window',
  'menu.textLarger': 'Larger text',
  'menu.textSmaller': 'Smaller text',
  'menu.textReset': 'Default text size',
  'menu.swapPanes': 'Swap sides',
  'menu.library': 'Library',
} as const;
export type MenuLabelKey = keyof typeof englishMenuLabels;

export interface MenuTemplateOptions {
  t: (key: MenuLabelKey) => string;
  isMac: boolean;
  showDevTools: boolean;
  send: (command: AppCommand) => void;
}

/**
 * The application menu as data. There are deliberately no zoom roles: text size is a reading
 * setting the renderer owns (per language, saved), so the usual zoom keys send commands
 * instead of scaling the whole page.
 */
export function menuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { t, isMac, showDevTools, send } = options;
  type Item = MenuItemConstructorOptions;
  const command = (label: MenuLabelKey, name: AppCommand, accelerator?: string): Item => ({
    label: t(label),
    // The renderer handles these keys itself (and in browser mode there is no menu), so the menu
    // only shows them: registering them too would apply each step twice.
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => send(name),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: t('menu.file'), submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { label: t('menu.edit'), role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [
        command('menu.library', 'show-library'),
        command('menu.swapPanes', 'swap-panes'),
        { type: 'separator' },
        command('menu.textLarger', 'text-larger', 'CmdOrCtrl+='),
        command('menu.textSmaller', 'text-smaller', 'CmdOrCtrl+-'),
        command('menu.textReset', 'text-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        ...(showDevTools ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('menu.window'), role: 'windowMenu' },
  ];
}
