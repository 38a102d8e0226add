import {
  type AppEvent,
  type AppInfo,
  isMethodName,
  type MethodName,
  type MethodResult,
  type Methods,
  methods,
  type Result,
} from '../contract';
import path from 'node:path';
import type { z } from 'zod';
import { AlignmentService } from './alignment/alignmentService';
import { headOf } from './article/head';
import { MuwaziError, toApiError } from './errors';
import { closeImportWorker } from './import/inWorker';
import { importIntoLibrary } from './library/importFiles';
import { Library } from './library/library';
import { checkLibraryFolder, isLibraryFolder } from './library/libraryFolder';
import { type LibraryWatcher, watchLibrary } from './library/watcher';
import { NotesService } from './notesService';
import { ensureSampleLibrary } from './library/sampleLibrary';
import { UserData } from './storage/userData';

/** Files of these articles changed on disk: the window re-lists, and reloads the open one if it is among them. */
export type LibraryChangedEvent = Extract<AppEvent, { type: 'library-changed' }>;

export interface ServiceOptions {
  /**
   * The library folder to start with: one named at launch (`--library`, `MUWAZI_LIBRARY`), or
   * the default when `libraryIsDefault` says so.
   */
  libraryDir: string;
  /**
   * `libraryDir` is only the default (Documents/Muwazi): a folder the reader opened as library
   * before takes its place. A folder named at launch always wins.
   */
  libraryIsDefault?: boolean;
  dataDir: string;
  /** Folder of sample articles copied into the launch library on first run. */
  sampleDir?: string;
  /**
   * Asks the reader for a folder to open as library (desktop: the system's folder dialog), null
   * when they cancel. Without it `library:choose-folder` answers `not-available`.
   */
  chooseFolder?: () => Promise<string | null>;
  transport: AppInfo['transport'];
  version: string;
}

/** What belongs to one library folder: its articles (with their own ids) and the notes on them. */
interface OpenLibrary {
  library: Library;
  notes: NotesService;
  /** Corrections of the rows, sentence links, and the cache every opening of an article goes through. */
  alignment: AlignmentService;
}

type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodResult<M>>;
};

/**
 * The contract's methods over the core. Every adapter (IPC, HTTP, CLI) calls `dispatch`, which
 * checks the method name, parses the input with its schema and returns errors as values.
 */
export class MuwaziService {
  readonly userData: UserData;
  /** The folder the launch named (or the default), resolved. */
  private readonly launchFolder: string;
  /** Kept per folder, so switching back reuses the same stores and their queued writes. */
  private readonly libraries = new Map<string, OpenLibrary>();
  private current: OpenLibrary;
  private ready: Promise<void> | undefined;
  private choosing: Promise<{ folder: string } | null> | undefined;

  constructor(private readonly options: ServiceOptions) {
    this.userData = new UserData(options.dataDir);
    this.launchFolder = path.resolve(options.libraryDir);
    this.current = this.libraryAt(this.launchFolder);
  }

  /** The articles of the library in use. */
  get library(): Library {
    return this.current.library;
  }

  /** Bookmarks, highlights and notes of the library in use. */
  get notes(): NotesService {
    return this.current.notes;
  }

  /** Rows the reader corrected, and sentences, of the library in use. */
  get alignment(): AlignmentService {
    return this.current.alignment;
  }

  /** Builds what belongs to one library folder; everything per library is made here. */
  private libraryAt(folder: string): OpenLibrary {
    let open = this.libraries.get(folder);
    if (!open) {
      const library = new Library(
        folder,
        this.userData.identitiesFor(folder),
        this.userData.libraryIndexFile(folder),
      );
      open = {
        library,
        notes: new NotesService(library, this.userData.annotations),
        alignment: new AlignmentService(library, this.userData.corrections),
      };
      this.libraries.set(folder, open);
    }
    return open;
  }

  /** Launch work, done once before the first call: which library to open, and the first-run sample. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      if (this.options.libraryIsDefault) await this.resumeChosenLibrary();
      // Only into the library the launch named or the default: never into one the reader chose.
      if (this.options.sampleDir && this.library.root === this.launchFolder) {
        await ensureSampleLibrary(this.launchFolder, this.options.sampleDir, this.userData);
      }
    })();
    return this.ready;
  }

  /** The folder the reader last opened as library takes the default's place, if it is still there. */
  private async resumeChosenLibrary(): Promise<void> {
    let folder: string | null;
    try {
      ({ folder } = await this.userData.libraryChoice.read());
    } catch (error) {
      this.userData.problems.push({ code: toApiError(error).code, file: 'library-folder.json' });
      return;
    }
    if (folder === null || folder === this.launchFolder) return;
    if (await isLibraryFolder(folder)) {
      this.use(folder);
      return;
    }
    // The choice stays (with the notes made there) for when the folder is back, e.g. a drive
    // plugged in again; the reader is told why the default library shows instead.
    this.userData.problems.push({ code: 'not-found', file: folder });
  }

  /** The library folder in use, once the launch has settled which one it is. */
  async libraryFolder(): Promise<string> {
    await this.prepare();
    return this.library.root;
  }

  /**
   * Makes a folder the library: checked, remembered for the next launch, and announced to
   * listeners without ids (every article changed). Notes stay stored under each library's own
   * article ids, so switching back finds them again.
   */
  async openLibraryFolder(folder: string): Promise<string> {
    await this.prepare();
    const checked = await checkLibraryFolder(folder);
    await this.userData.libraryChoice.write({ folder: checked });
    this.use(checked);
    for (const notify of this.listeners) notify({ type: 'library-changed' });
    return checked;
  }

  /** One folder dialog at a time: a second request gets the answer of the one already open. */
  private chooseLibraryFolder(): Promise<{ folder: string } | null> {
    const choose = this.options.chooseFolder;
    if (!choose) {
      throw new MuwaziError(
        'not-available',
        'There is no folder dialog here. To read another folder, start browser mode with it: npm run serve -- --library <folder>',
      );
    }
    this.choosing ??= (async () => {
      const chosen = await choose();
      return chosen === null ? null : { folder: await this.openLibraryFolder(chosen) };
    })().finally(() => {
      this.choosing = undefined;
    });
    return this.choosing;
  }

  /**
   * Switches to a folder's library; the folder watcher follows if someone listens. The library
   * left keeps its stores but not its loaded articles, so memory holds those of one library only.
   */
  private use(folder: string): void {
    if (this.library.root === folder) return;
    this.current.alignment.forgetLoadedArticles();
    this.current = this.libraryAt(folder);
    if (this.watcher) {
      void this.watcher.close();
      this.watcher = this.watchCurrent();
    }
  }

  private readonly handlers: Handlers = {
    'app:info': async () => {
      // Reading every store surfaces any file that had to be kept aside.
      await Promise.all([this.userData.settings.read(), this.userData.positions.read()]);
      return {
        version: this.options.version,
        transport: this.options.transport,
        libraryFolder: this.library.root,
        dataProblems: [...this.userData.problems],
      };
    },
    'library:list': async () => {
      const [listing, lastRead] = await Promise.all([this.library.list(), this.userData.lastRead.read()]);
      return {
        ...listing,
        articles: listing.articles.map((a) => (lastRead[a.id] ? { ...a, lastRead: lastRead[a.id] } : a)),
      };
    },
    'article:open': ({ id }) => this.library.open(id),
    'article:head': async ({ id, rows }) => headOf(await this.library.open(id), rows),
    'article:sentences': ({ id, from, to, revision }) => this.alignment.sentences(id, from, to, revision),
    'alignment:correct': ({ id, correction, revision }) => this.alignment.correct(id, correction, revision),
    'alignment:undo': ({ id, revision }) => this.alignment.undo(id, revision),
    'alignment:reset': ({ id, revision }) => this.alignment.reset(id, revision),
    'settings:get': () => this.userData.settings.read(),
    'settings:save': ({ settings }) => this.userData.settings.write(settings),
    'position:get': async ({ id }) => (await this.userData.positions.read())[id] ?? null,
    'annotations:list': ({ id }) => this.notes.list(id),
    'annotations:add': (input) => this.notes.addAnnotation(input),
    'annotations:update': ({ id, annotationId, ...change }) =>
      this.notes.updateAnnotation(id, annotationId, change),
    'annotations:remove': ({ id, annotationId }) => this.notes.removeAnnotation(id, annotationId),
    'annotations:restore': ({ id, annotation }) => this.notes.restoreAnnotation(id, annotation),
    'annotations:export': ({ id, format }) => this.notes.export(id, format),
    'annotations:import': ({ id, content }) => this.notes.import(id, content),
    'bookmarks:add': ({ id, row, name }) => this.notes.addBookmark(id, row, name),
    'bookmarks:rename': ({ id, bookmarkId, name }) => this.notes.renameBookmark(id, bookmarkId, name),
    'bookmarks:remove': ({ id, bookmarkId }) => this.notes.removeBookmark(id, bookmarkId),
    'bookmarks:restore': ({ id, bookmark }) => this.notes.restoreBookmark(id, bookmark),
    'bookmarks:all': () => this.notes.allBookmarks(),
    'library:rename': ({ id, name }) => this.library.rename(id, name),
    'library:trash': ({ id }) => this.library.trash(id),
    'library:choose-folder': () => this.chooseLibraryFolder(),
    'library:import': ({ files }) =>
      importIntoLibrary(
        this.library.root,
        files.map((file) => ({ name: file.name, bytes: Buffer.from(file.content, 'base64') })),
      ),
    'position:save': async ({ id, position }) => {
      await this.userData.positions.update((all) => ({ ...all, [id]: position }));
      await this.userData.lastRead.update((all) => ({ ...all, [id]: new Date().toISOString() }));
      return position;
    },
  };

  private readonly listeners = new Set<(event: LibraryChangedEvent) => void>();
  private watcher: LibraryWatcher | undefined;

  /**
   * Tells the listener when articles change on disk (added, edited, removed, renamed), by id.
   * The library folder is watched only while someone listens.
   */
  subscribe(listener: (event: LibraryChangedEvent) => void): () => void {
    this.listeners.add(listener);
    this.watcher ??= this.watchCurrent();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        void this.watcher?.close();
        this.watcher = undefined;
      }
    };
  }

  private watchCurrent(): LibraryWatcher {
    const library = this.library;
    return watchLibrary(library.root, (files) => {
      library
        .changedArticles(files)
        .then((ids) => {
          // A batch from a folder left meanwhile names ids the window no longer shows.
          if (library !== this.library) return;
          for (const notify of this.listeners) notify({ type: 'library-changed', ids });
        })
        .catch(() => {
          // A listing that fails now is reported when the window next lists the library.
        });
    });
  }

  /** Resolves once the folder watcher sees changes (immediately when nobody listens). */
  async watching(): Promise<void> {
    await this.watcher?.ready;
  }

  /** Ends background work (the folder watcher, the import worker) so the process can exit at once. */
  async close(): Promise<void> {
    this.listeners.clear();
    await this.watcher?.close();
    this.watcher = undefined;
    await closeImportWorker();
  }

  async dispatch(method: unknown, input: unknown): Promise<Result<unknown>> {
    try {
      if (!isMethodName(method))
        throw new MuwaziError('unknown-method', `There is no method ${String(method)}.`);
      const parsed = methods[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new MuwaziError('invalid-input', `Invalid input for ${method}: ${parsed.error.message}`);
      }
      await this.prepare();
      const handler = this.handlers[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  }
}
