import { type ErrorCode, errorCodes, type ImportOutcome } from '../../contract';

/**
 * Every string the main process shows (menus, dialogs, message boxes). The translations live in
 * electron/main/locales/{en,ar}.json, one key each; a unit test checks both files against this list.
 */
export const desktopTextKeys = [
  'menu.file',
  'menu.edit',
  'menu.view',
  'menu.window',
  'menu.open',
  'menu.openRecent',
  'menu.noRecent',
  'menu.clearRecent',
  'menu.importFiles',
  'menu.importFolder',
  'menu.openLibraryFolder',
  'menu.exportNotes',
  'menu.exportMarkdown',
  'menu.exportJson',
  'menu.close',
  'menu.quit',
  'menu.undo',
  'menu.redo',
  'menu.cut',
  'menu.copy',
  'menu.paste',
  'menu.selectAll',
  'menu.library',
  'menu.swapPanes',
  'menu.textLarger',
  'menu.textSmaller',
  'menu.textReset',
  'menu.language',
  'menu.languageEnglish',
  'menu.languageArabic',
  'menu.theme',
  'menu.themeSystem',
  'menu.themeLight',
  'menu.themeDark',
  'menu.reload',
  'menu.devTools',
  'menu.fullScreen',
  'menu.minimize',
  'menu.zoom',
  'menu.front',
  'menu.about',
  'menu.services',
  'menu.hide',
  'menu.hideOthers',
  'menu.showAll',
  'dialog.ok',
  'dialog.openTitle',
  'dialog.importFilesTitle',
  'dialog.importFolderTitle',
  'dialog.libraryFolderTitle',
  'dialog.libraryFolderFailed',
  'dialog.articles',
  'dialog.exportTitle',
  'dialog.markdown',
  'dialog.jsonLd',
  'import.title',
  'import.summary',
  'import.nothing',
  'import.cancelled',
  'import.more',
  'import.openFailed',
  'export.failed',
  ...errorCodes.map((code) => `error.${code}` as const),
] as const;
export type DesktopTextKey = (typeof desktopTextKeys)[number];
export type DesktopTexts = Readonly<Record<DesktopTextKey, string>>;
export type Translate = (key: DesktopTextKey, values?: Readonly<Record<string, string | number>>) => string;

/** Looks a key up, falling back to English, and fills `{name}` placeholders. */
export function translator(texts: Partial<DesktopTexts>, fallback: Partial<DesktopTexts> = {}): Translate {
  return (key, values) => {
    const text = texts[key] ?? fallback[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
  };
}

/**
 * Keeps a file name in its own direction inside a sentence: an Arabic name in an English
 * message (or the reverse) would otherwise reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function errorText(t: Translate, code: ErrorCode): string {
  return t(`error.${code}`);
}

export interface ImportReport {
  type: 'info' | 'warning';
  message: string;
  detail: string;
}

/** How many refused files a message box lists by name before it only counts the rest. */
const maxListed = 12;

/**
 * The message box after an import: how many files went in and, for each one that did not, its
 * reason. Null when there is nothing worth interrupting for (`quietOnSuccess` and all went in).
 */
export function importReport(
  outcome: ImportOutcome,
  t: Translate,
  options: { quietOnSuccess: boolean },
): ImportReport | null {
  const { imported, failed, cancelled } = outcome;
  if (options.quietOnSuccess && failed.length === 0 && imported.length > 0 && !cancelled) return null;
  if (imported.length === 0 && failed.length === 0 && !cancelled) {
    return { type: 'info', message: t('import.nothing'), detail: '' };
  }
  const lines = failed.slice(0, maxListed).map((item) => `${isolate(item.from)}: ${errorText(t, item.code)}`);
  if (failed.length > maxListed) lines.push(t('import.more', { count: failed.length - maxListed }));
  if (cancelled) lines.push(t('import.cancelled'));
  return {
    type: failed.length > 0 || cancelled ? 'warning' : 'info',
    message: t('import.summary', { imported: imported.length, failed: failed.length }),
    detail: lines.join('\n'),
  };
}
