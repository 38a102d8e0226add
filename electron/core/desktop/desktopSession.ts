import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  type AppEvent,
  type Article,
  type ArticleHead,
  articleIdSchema,
  type ExportedFile,
  type ImportOutcome,
  type ImportProgress,
  type LibraryListing,
  type Result,
  type Settings,
} from '../../contract';
import { codeForFsError, MuwaziError } from '../errors';
import { importIntoLibrary } from '../library/importFiles';
import type { MuwaziService } from '../service';
import { identicalInLibrary } from './articleFiles';
import { RecentArticles } from './recentArticles';

export interface DesktopSessionOptions {
  /** Also says which library folder is in use: the reader can open another at any time. */
  service: MuwaziService;
  dataDir: string;
  /** Sends an event to the window (main queues it until the page is there to hear it). */
  emit: (event: AppEvent) => void;
  /** Called with every import's progress too, e.g. for the task bar's progress bar. */
  onProgress?: (progress: ImportProgress) => void;
}

/** What a call the window made means for the desktop shell. */
export interface Observed {
  /** The menu shows something that changed (recent articles, whether notes can be exported). */
  menuChanged: boolean;
  /** An article was opened: its file, for the operating system's list of recent documents. */
  openedFile?: string;
  /** The window saved settings: the theme and menu language may have changed. */
  settings?: Settings;
}

export interface OpenedFiles {
  outcome: ImportOutcome;
  /** The article to show: the first of the files that made it into the library. */
  openId?: string;
}

/** Progress goes to the window at most this often (and always at the start and the end). */
const progressIntervalMs = 100;

/**
 * The desktop app's behaviour that is not Electron: importing what the user opens from the
 * system, tracking the article the window shows, the recent-articles list, settings changed from
 * the menu, and exports. Main wires it to dialogs, menus and the window; it is tested here.
 */
export class DesktopSession {
  readonly recent: RecentArticles;
  private current: { id: string; file: string } | null = null;
  private imports: Promise<unknown> = Promise.resolve();
  private readonly stop = new AbortController();

  constructor(private readonly options: DesktopSessionOptions) {
    this.recent = new RecentArticles(options.dataDir, (problem) =>
      options.service.userData.problems.push(problem),
    );
  }

  get service(): MuwaziService {
    return this.options.service;
  }

  /** The article the window shows, if any: the one Export acts on. */
  get currentArticleId(): string | null {
    return this.current?.id ?? null;
  }

  /**
   * Follows what the window asks the core for, so the renderer needs no extra messages: opening
   * an article makes it current and recent; listing the library means the reader was left; an
   * article that is gone leaves the recent list.
   */
  async observe(method: string, input: unknown, result: Result<unknown>): Promise<Observed> {
    if (!result.ok) {
      const id = articleIdSchema.safeParse((input as { id?: unknown } | null)?.id);
      if (
        (method === 'article:open' || method === 'article:head') &&
        id.success &&
        result.error.code === 'not-found'
      ) {
        const wasCurrent = this.current?.id === id.data;
        if (wasCurrent) this.current = null;
        return { menuChanged: (await this.recent.remove(id.data)) || wasCurrent };
      }
      return { menuChanged: false };
    }
    switch (method) {
      case 'article:head':
      case 'article:open': {
        const article =
          method === 'article:head' ? (result.value as ArticleHead).article : (result.value as Article);
        if (this.current?.id === article.id) return { menuChanged: false };
        const wasNone = this.current === null;
        this.current = { id: article.id, file: article.source.file };
        const listChanged = await this.recent.add({ id: article.id, title: article.title });
        return {
          menuChanged: listChanged || wasNone,
          openedFile: path.join(this.service.library.root, ...article.source.file.split('/')),
        };
      }
      case 'library:list': {
        const wasReading = this.current !== null;
        this.current = null;
        return { menuChanged: wasReading };
      }
      case 'settings:save':
        return { menuChanged: false, settings: result.value as Settings };
      default:
        return { menuChanged: false };
    }
  }

  /** The window closed (macOS keeps the app running): no article is shown, so none can be exported. */
  windowClosed(): boolean {
    const wasReading = this.current !== null;
    this.current = null;
    return wasReading;
  }

  /**
   * Copies files or folders into the library, one import at a time, telling the window how it
   * goes. Quitting the app stops an import between two files.
   */
  importFiles(paths: readonly string[]): Promise<ImportOutcome> {
    const run = async (): Promise<ImportOutcome> => {
      let last = 0;
      const outcome = await importIntoLibrary(
        await this.service.libraryFolder(),
        paths.map((file) => ({ path: file })),
        {
          signal: this.stop.signal,
          onProgress: (progress) => {
            this.options.onProgress?.(progress);
            const now = Date.now();
            if (progress.done !== 0 && progress.done < progress.total && now - last < progressIntervalMs)
              return;
            last = now;
            this.options.emit({ type: 'import-progress', progress });
          },
        },
      );
      this.options.emit({ type: 'import-finished', outcome });
      if (outcome.imported.length > 0) this.options.emit({ type: 'library-changed' });
      return outcome;
    };
    const next = this.imports.then(run, run);
    this.imports = next.catch(() => {});
    return next;
  }

  /**
   * Files opened from the system ("Open with", the command line, Open… in the menu): each comes
   * into the library unless an identical copy is already there, and the first one that made it
   * is the article to show.
   */
  async openFiles(paths: readonly string[]): Promise<OpenedFiles> {
    const known = new Map<string, string>();
    const libraryDir = await this.service.libraryFolder();
    for (const file of paths) {
      const same = await identicalInLibrary(libraryDir, file);
      if (same !== undefined) known.set(file, same);
    }
    const fresh = paths.filter((file) => !known.has(file));
    const imported =
      fresh.length > 0 ? await this.importFiles(fresh) : { imported: [], failed: [], cancelled: false };
    const outcome: ImportOutcome = {
      ...imported,
      imported: [
        ...[...known].map(([file, inLibrary]) => ({ from: path.basename(file), file: inLibrary })),
        ...imported.imported,
      ],
    };
    // Show the first file as the user listed them, whether it was copied now or before.
    const order = new Map(paths.map((file, index) => [path.basename(file), index]));
    const first = [...outcome.imported].sort(
      (a, b) => (order.get(a.from) ?? Infinity) - (order.get(b.from) ?? Infinity),
    )[0];
    // The reader opened another library meanwhile: the file's id there would name nothing here.
    const sameLibrary = (await this.service.libraryFolder()) === libraryDir;
    const openId = first && sameLibrary ? await this.articleIdOf(first.file) : undefined;
    return openId ? { outcome, openId } : { outcome };
  }

  /** The id of the article in a library file, listing the library so a new file gets one. */
  async articleIdOf(file: string): Promise<string | undefined> {
    const listing = await this.options.service.dispatch('library:list', {});
    if (!listing.ok) return undefined;
    return (listing.value as LibraryListing).articles.find((article) => article.file === file)?.id;
  }

  /** Saves a setting the menu changed and tells the window, whose copy would be stale otherwise. */
  async changeSettings(change: (settings: Settings) => Settings): Promise<Settings> {
    const saved = await this.options.service.userData.settings.update(change);
    this.options.emit({ type: 'settings-changed', settings: saved });
    return saved;
  }

  /** The notes of an article as a file (Markdown, or JSON-LD Web Annotations). */
  exportNotes(id: string, format: 'md' | 'json'): Promise<Result<ExportedFile>> {
    return this.options.service.dispatch('annotations:export', { id, format }) as Promise<
      Result<ExportedFile>
    >;
  }

  /** Writes an export where the user chose, whole or not at all. */
  async saveExport(file: ExportedFile, target: string): Promise<void> {
    try {
      await writeFileAtomic(target, file.content);
    } catch (error) {
      throw new MuwaziError(codeForFsError(error), `Could not write ${path.basename(target)}.`, {
        cause: error,
      });
    }
  }

  /**
   * Stops a running import before its next file and refuses further ones (the app is quitting);
   * resolves once the file being copied is done, so none is left half written.
   */
  async stopImports(): Promise<void> {
    this.stop.abort();
    await this.imports;
  }
}
