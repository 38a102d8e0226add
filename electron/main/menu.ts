import { Menu } from 'electron';
import type { UiLanguage } from '../contract';
import { type DesktopTexts, type Translate, translator } from '../core/desktop/desktopText';
import { type MenuActions, type MenuModel, menuTemplate } from '../core/desktop/menuTemplate';
import ar from './locales/ar.json';
import en from './locales/en.json';

const texts: Record<UiLanguage, DesktopTexts> = { en, ar };

/** The main process's strings in one language (English where a translation is missing). */
export function textsFor(language: UiLanguage): Translate {
  return translator(texts[language], texts.en);
}

/**
 * Builds the application menu anew: labels in the UI language, the recent articles, and what is
 * enabled now. Electron cannot relabel a menu in place, and it is small enough to rebuild.
 */
export function installMenu(model: MenuModel, actions: MenuActions): void {
  const template = menuTemplate(model, textsFor(model.language), actions);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
