import path from 'node:path';
import { app, BrowserWindow, dialog, nativeTheme, type OpenDialogOptions } from 'electron';
import {
  type AppCommand,
  appCommandChannel,
  type AppEvent,
  defaultSettings,
  type MethodName,
  type Result,
  type Settings,
  type Theme,
  type UiLanguage,
} from '../contract';
import { articleUrl } from '../core/desktop/appIdentity';
import { articleExtensions } from '../core/desktop/articleFiles';
import { DesktopSession } from '../core/desktop/desktopSession';
import { errorText, type ImportReport, importReport } from '../core/desktop/desktopText';
import type { MenuActions } from '../core/desktop/menuTemplate';
import { type WindowState, windowStateStore } from '../core/desktop/windowState';
import { toApiError } from '../core/errors';
import { appEntryUrl } from '../core/security/policies';
import type { MuwaziService } from '../core/service';
import type { JsonStore } from '../core/storage/jsonStore';
import { type MainWindow, openMainWindow } from './mainWindow';
import { installMenu, textsFor } from './menu';

/**
 * The desktop shell around the one window: menu, dialogs, files opened from the system, the
 * window's remembered state, theme and menu language. What it decides lives in
 * core/desktop (tested on plain Node); this class only connects it to Electron.
 */
export class Desktop {
  private main: MainWindow | null = null;
  private opening: Promise<MainWindow> | null = null;
  private settings: Settings = structuredClone(defaultSettings);
  private readonly session: DesktopSession;
  private readonly states: JsonStore<WindowState | null>;
  private readonly writes = new Set<Promise<unknown>>();
  /** Set once quitting has begun: nothing may open a window after that. */
  private quitting = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly service: MuwaziService,
    private readonly options: { dataDir: string; preload: string },
  ) {
    this.session = new DesktopSession({
      service,
      dataDir: options.dataDir,
      emit: (event) => this.emit(event),
      onProgress: ({ done, total }) => {
        const window = this.window();
        if (window && !window.isDestroyed()) window.setProgressBar(done < total ? done / total : -1);
      },
    });
    this.states = windowStateStore(options.dataDir, (problem) => service.userData.problems.push(problem));
  }

  /** Reads the settings the shell follows; call once before the first window. */
  async start(): Promise<void> {
    try {
      this.settings = await this.service.userData.settings.read();
    } catch (error) {
      console.error('Could not read the settings; using the defaults:', error);
    }
    nativeTheme.themeSource = this.settings.theme;
    await this.refreshMenu();
  }

  window(): BrowserWindow | null {
    const window = this.main?.window;
    return window && !window.isDestroyed() ? window : null;
  }

  /** Opens the main window (on an article, or the library), or returns the one there is. */
  async showWindow(articleId?: string): Promise<MainWindow> {
    if (this.main && !this.main.window.isDestroyed()) return this.main;
    this.opening ??= openMainWindow({
      url: articleId ? articleUrl(articleId) : appEntryUrl,
      preload: this.options.preload,
      states: this.states,
      track: (saving) => this.track(saving),
    }).then((opened) => {
      this.main = opened;
      opened.window.on('closed', () => {
        if (this.main === opened) this.main = null;
        if (this.session.windowClosed()) void this.refreshMenu();
      });
      return opened;
    });
    try {
      return await this.opening;
    } finally {
      this.opening = null;
    }
  }

  /** The window's calls to the core, seen after they ran: see DesktopSession.observe. */
  readonly observe = (method: MethodName, input: unknown, result: Result<unknown>): void => {
    if (method === 'library:list' && result.ok) this.followLibrary();
    this.session
      .observe(method, input, result)
      .then(async (observed) => {
        if (observed.openedFile && process.platform !== 'linux') app.addRecentDocument(observed.openedFile);
        if (observed.settings) await this.applySettings(observed.settings);
        else if (observed.menuChanged) await this.refreshMenu();
      })
      .catch((error: unknown) => console.error('Could not follow the window:', error));
  };

  /**
   * Files handed over by the system (command line, a second launch, macOS open-file): into the
   * library, and the first one shown. At start-up the window opens on it directly.
   */
  async openFiles(files: readonly string[]): Promise<void> {
    if (files.length === 0 || this.quitting) return;
    const { outcome, openId } = await this.session.openFiles(files);
    if (this.quitting) return;
    if (openId) await this.showArticle(openId);
    else await this.showWindow();
    await this.report(importReport(outcome, this.t(), { quietOnSuccess: true }));
  }

  /**
   * Files changed in the library folder, and another folder opened as library, reach the window
   * from its first listing on: listing creates a missing library folder, and a watcher started
   * on a folder that is not there yet would never report anything.
   */
  private followLibrary(): void {
    if (this.quitting) return;
    this.unsubscribe ??= this.service.subscribe((event) => this.emit(event));
  }

  /** Everything still being written (window state, the import worker), for a clean quit. */
  async flush(): Promise<void> {
    this.quitting = true;
    this.unsubscribe?.();
    await this.session.stopImports();
    await Promise.allSettled([...this.writes]);
    await this.service.close();
  }

  private async showArticle(id: string): Promise<void> {
    if (!this.window() && !this.opening) {
      await this.showWindow(id);
      return;
    }
    const { window } = await this.showWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
    this.emit({ type: 'open-article', id });
  }

  focus(): void {
    const window = this.window();
    if (!window) {
      void this.showWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  /**
   * Waits (a little) for the window to appear: a message box attached to a window that is not
   * shown yet would come up alone, or behind it.
   */
  private async windowShown(): Promise<void> {
    const window = this.window();
    if (!window || window.isVisible()) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.off('show', done);
        resolve();
      };
      const timer = setTimeout(done, 5000);
      window.once('show', done);
    });
  }

  private emit(event: AppEvent): void {
    this.main?.events.send(event);
  }

  private track(saving: Promise<unknown>): void {
    this.writes.add(saving);
    void saving.finally(() => this.writes.delete(saving));
  }

  private t() {
    return textsFor(this.settings.uiLanguage);
  }

  private async applySettings(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    nativeTheme.themeSource = settings.theme;
    // The window saves settings on every text-size step; the menu shows only these two.
    if (settings.uiLanguage !== before.uiLanguage || settings.theme !== before.theme)
      await this.refreshMenu();
  }

  private async refreshMenu(): Promise<void> {
    installMenu(
      {
        platform: process.platform,
        showDevTools: !app.isPackaged,
        language: this.settings.uiLanguage,
        theme: this.settings.theme,
        recent: await this.session.recent.list().catch(() => []),
        canExport: this.session.currentArticleId !== null,
      },
      this.actions,
    );
  }

  private async report(report: ImportReport | null): Promise<void> {
    if (!report) return;
    await this.windowShown();
    const t = this.t();
    const options = {
      type: report.type,
      title: t('import.title'),
      message: report.message,
      detail: report.detail,
      buttons: [t('dialog.ok')],
    };
    const window = this.window();
    await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }

  private async showError(message: string, detail: string): Promise<void> {
    const t = this.t();
    const options = { type: 'error' as const, message, detail, buttons: [t('dialog.ok')] };
    const window = this.window();
    await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  }

  /**
   * The system's folder dialog, for `library:choose-folder` (the window's button and the menu
   * item both come here); null when the reader cancels.
   */
  readonly chooseLibraryFolder = async (): Promise<string | null> => {
    const options: OpenDialogOptions = {
      title: this.t()('dialog.libraryFolderTitle'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const window = this.window();
    const chosen = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  };

  /**
   * The menu's "Open Folder as Library…" with no window to run it (macOS keeps running without
   * one): the dialog comes up alone, and the window opens on the new library.
   */
  private async openLibraryFolderWithoutWindow(): Promise<void> {
    const t = this.t();
    const chosen = await this.service.dispatch('library:choose-folder', {});
    if (!chosen.ok) await this.showError(t('dialog.libraryFolderFailed'), errorText(t, chosen.error.code));
    else if (chosen.value) await this.showWindow();
  }

  private async chooseFiles(title: string, properties: ('openFile' | 'openDirectory' | 'multiSelections')[]) {
    const t = this.t();
    const options = {
      title,
      properties,
      ...(properties.includes('openFile')
        ? { filters: [{ name: t('dialog.articles'), extensions: [...articleExtensions] }] }
        : {}),
    };
    const window = this.window();
    const chosen = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
    return chosen.canceled ? [] : chosen.filePaths;
  }

  private async importChosen(files: string[]): Promise<void> {
    if (files.length === 0) return;
    const outcome = await this.session.importFiles(files);
    await this.report(importReport(outcome, this.t(), { quietOnSuccess: false }));
  }

  private async exportNotes(format: 'md' | 'json'): Promise<void> {
    const id = this.session.currentArticleId;
    if (!id) return;
    const t = this.t();
    const exported = await this.session.exportNotes(id, format);
    if (!exported.ok) {
      await this.showError(t('export.failed'), errorText(t, exported.error.code));
      return;
    }
    const file = exported.value;
    const extension = path.extname(file.fileName).slice(1) || format;
    const options = {
      title: t('dialog.exportTitle'),
      defaultPath: path.join(app.getPath('documents'), file.fileName),
      filters: [
        { name: format === 'md' ? t('dialog.markdown') : t('dialog.jsonLd'), extensions: [extension] },
      ],
    };
    const window = this.window();
    const target = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    if (target.canceled || !target.filePath) return;
    try {
      await this.session.saveExport(file, target.filePath);
    } catch (error) {
      await this.showError(t('export.failed'), errorText(t, toApiError(error).code));
    }
  }

  private async changeSettings(change: (settings: Settings) => Settings): Promise<void> {
    await this.applySettings(await this.session.changeSettings(change));
  }

  /** Menu actions run detached from the click; a failure is logged and shown, never lost. */
  private run(task: () => Promise<void>): void {
    task().catch(async (error: unknown) => {
      console.error('A menu action failed:', error);
      const t = this.t();
      await this.showError(t('error.internal'), error instanceof Error ? error.message : String(error)).catch(
        () => {},
      );
    });
  }

  private readonly actions: MenuActions = {
    send: (command: AppCommand) => {
      const target = BrowserWindow.getFocusedWindow() ?? this.window();
      if (target) target.webContents.send(appCommandChannel, command);
      else if (command === 'open-library-folder') this.run(() => this.openLibraryFolderWithoutWindow());
    },
    open: () =>
      this.run(async () => {
        const files = await this.chooseFiles(this.t()('dialog.openTitle'), ['openFile']);
        await this.openFiles(files);
      }),
    importFiles: () =>
      this.run(async () =>
        this.importChosen(
          await this.chooseFiles(this.t()('dialog.importFilesTitle'), ['openFile', 'multiSelections']),
        ),
      ),
    importFolder: () =>
      this.run(async () =>
        this.importChosen(
          await this.chooseFiles(this.t()('dialog.importFolderTitle'), ['openDirectory', 'multiSelections']),
        ),
      ),
    exportNotes: (format) => this.run(() => this.exportNotes(format)),
    openRecent: (id) => this.run(() => this.showArticle(id)),
    clearRecent: () =>
      this.run(async () => {
        await this.session.recent.clear();
        if (process.platform !== 'linux') app.clearRecentDocuments();
        await this.refreshMenu();
      }),
    setLanguage: (language: UiLanguage) =>
      this.run(() => this.changeSettings((settings) => ({ ...settings, uiLanguage: language }))),
    setTheme: (theme: Theme) => this.run(() => this.changeSettings((settings) => ({ ...settings, theme }))),
  };
}
