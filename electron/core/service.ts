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
import type { z } from 'zod';
import { headOf } from './article/head';
import { MuwaziError, toApiError } from './errors';
import { closeImportWorker } from './import/inWorker';
import { importIntoLibrary } from './library/importFiles';
import { Library } from './library/library';
import { type LibraryWatcher, watchLibrary } from './library/watcher';
import { NotesService } from './notesService';
import { ensureSampleLibrary } from './library/sampleLibrary';
import { UserData } from './storage/userData';

/** Files of these articles changed on disk: the window re-lists, and reloads the open one if it is among them. */
export type LibraryChangedEvent = Extract<AppEvent, { type: 'library-changed' }>;

export interface ServiceOptions {
  libraryDir: string;
  dataDir: string;
  /** Folder of sample articles copied into the library on first run. */
  sampleDir?: string;
  transport: AppInfo['transport'];
  version: string;
}

type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodResult<M>>;
};

/**
 * The contract's methods over the core. Every adapter (IPC, HTTP, CLI) calls `dispatch`, which
 * checks the method name, parses the input with its schema and returns errors as values.
 */
export class MuwaziService {
  readonly library: Library;
  readonly userData: UserData;
  readonly notes: NotesService;
  private ready: Promise<void> | undefined;

  constructor(private readonly options: ServiceOptions) {
    this.userData = new UserData(options.dataDir);
    this.library = new Library(
      options.libraryDir,
      this.userData.identitiesFor(options.libraryDir),
      this.userData.libraryIndexFile(options.libraryDir),
    );
    this.notes = new NotesService(this.library, this.userData.annotations);
  }

  /** First-run work, done once before the first call. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      if (this.options.sampleDir) {
        await ensureSampleLibrary(this.options.libraryDir, this.options.sampleDir, this.userData);
      }
    })();
    return this.ready;
  }

  private readonly handlers: Handlers = {
    'app:info': async () => {
      // Reading every store surfaces any file that had to be kept aside.
      await Promise.all([this.userData.settings.read(), this.userData.positions.read()]);
      return {
        version: this.options.version,
        transport: this.options.transport,
        libraryFolder: this.options.libraryDir,
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
    'library:import': ({ files }) =>
      importIntoLibrary(
        this.options.libraryDir,
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
    this.watcher ??= watchLibrary(this.options.libraryDir, (files) => {
      this.library
        .changedArticles(files)
        .then((ids) => {
          for (const notify of this.listeners) notify({ type: 'library-changed', ids });
        })
        .catch(() => {
          // A listing that fails now is reported when the window next lists the library.
        });
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        void this.watcher?.close();
        this.watcher = undefined;
      }
    };
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
