import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleIdSchema, type UiLanguage, uiLanguages } from '../../contract';
import { appEntryUrl } from '../security/policies';

/**
 * The app's id with the operating system: electron-builder.yml's appId. Windows matches the
 * running app to its Start-menu entry and jump list by it (a test checks the two agree).
 */
export const desktopAppId = 'app.muwazi.reader';

/**
 * The window's address for one article. The renderer keeps its route in the hash (`#/read/<id>`),
 * so a window opened on this address starts on the article without further messages.
 */
export function articleUrl(id: string): string {
  return `${appEntryUrl}#/read/${articleIdSchema.parse(id)}`;
}

/**
 * The UI language saved in the data folder, read before the app is ready: Chromium decides
 * whether its menus and dialogs run right to left from its locale, which can only be set then.
 * Anything unreadable means "not known"; the settings store itself reports damaged files later.
 */
export function savedUiLanguageSync(dataDir: string): UiLanguage | undefined {
  try {
    const envelope = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
      data?: { uiLanguage?: unknown };
    };
    const language = envelope?.data?.uiLanguage;
    return (uiLanguages as readonly unknown[]).includes(language) ? (language as UiLanguage) : undefined;
  } catch {
    return undefined;
  }
}
