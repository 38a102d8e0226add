import type {
  AppCommand,
  AppEvent,
  ImportOutcome,
  AppInfo,
  Article,
  ArticleSummary,
  DataProblem,
  MethodInput,
  MethodName,
  MethodResult,
  MuwaziApi,
  ReadingPosition,
  Result,
  Settings,
} from '../../electron/contract';
import { defaultSettings } from '../../electron/contract';
import { headOf } from '../../electron/core/article/head';
import { createNotesHandlers, type FakeNotes } from './fakeNotes';

interface FakeOptions {
  articles?: Article[];
  settings?: Settings;
  positions?: Record<string, ReadingPosition>;
  dataProblems?: DataProblem[];
  folder?: string;
  /** Bookmarks and annotations per article id. */
  notes?: Record<string, FakeNotes>;
  /** What `library:import` answers for a batch; by default every file is imported under its name. */
  importBatch?: (files: { name: string; content: string }[]) => ImportOutcome;
  /** File names `library:rename` treats as already in the library. */
  takenNames?: string[];
}

export interface Call {
  method: MethodName;
  input: unknown;
}

/**
 * An in-memory transport behind `window.muwazi`: it keeps settings and positions the way the
 * real service does, so the renderer is tested against the contract rather than against mocks.
 */
export function createFakeApi(options: FakeOptions = {}) {
  const articles = new Map((options.articles ?? []).map((article) => [article.id, article]));
  let settings = structuredClone(options.settings ?? defaultSettings);
  const positions = { ...(options.positions ?? {}) };
  const calls: Call[] = [];
  const listeners = new Set<(command: AppCommand) => void>();
  const eventListeners = new Set<(event: AppEvent) => void>();
  const notes = createNotesHandlers(articles, options.notes);

  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const summary = (article: Article): ArticleSummary => {
    const translated = article.alignment.filter((bead) => bead.ar.length > 0 && bead.en.length > 0);
    const arTranslated = translated.reduce((sum, bead) => sum + bead.ar.length, 0);
    return {
      id: article.id,
      file: article.source.file,
      title: article.title,
      paragraphs: article.ar.length,
      translated: article.ar.length === 0 ? 0 : arTranslated / article.ar.length,
    };
  };

  // Only what the renderer uses; any other method answers as an unknown one would.
  const handlers: { [M in MethodName]?: (input: MethodInput<M>) => Result<MethodResult<M>> } = {
    'app:info': () =>
      ok<AppInfo>({
        version: '0.0.0-test',
        transport: 'electron',
        libraryFolder: options.folder ?? '/home/reader/Muwazi',
        dataProblems: options.dataProblems ?? [],
      }),
    'library:list': () =>
      ok({
        folder: options.folder ?? '/home/reader/Muwazi',
        articles: [...articles.values()].map(summary),
        problems: [],
      }),
    'article:open': ({ id }) => {
      const article = articles.get(id);
      return article ? ok(article) : { ok: false, error: { code: 'not-found', message: 'No such article.' } };
    },
    'article:head': ({ id, rows }) => {
      const article = articles.get(id);
      return article
        ? ok(headOf(article, rows))
        : { ok: false, error: { code: 'not-found', message: 'No such article.' } };
    },
    'settings:get': () => ok(structuredClone(settings)),
    'settings:save': (input) => {
      settings = structuredClone({ ...input.settings, theme: input.settings.theme ?? 'system' });
      return ok(structuredClone(settings));
    },
    'position:get': ({ id }) => ok(positions[id] ?? null),
    'position:save': ({ id, position }) => {
      positions[id] = position;
      return ok(position);
    },
    'library:import': ({ files }) =>
      ok(
        options.importBatch?.(files) ?? {
          imported: files.map((file) => ({ from: file.name, file: file.name })),
          failed: [],
          cancelled: false,
        },
      ),
    'library:rename': ({ id, name }) => {
      const article = articles.get(id);
      if (!article) return { ok: false, error: { code: 'not-found', message: 'No such article.' } };
      if (options.takenNames?.includes(name))
        return { ok: false, error: { code: 'name-taken', message: 'Name taken.' } };
      articles.set(id, { ...article, source: { ...article.source, file: name } });
      return ok({ file: name });
    },
    'library:trash': ({ id }) => {
      const article = articles.get(id);
      if (!article) return { ok: false, error: { code: 'not-found', message: 'No such article.' } };
      articles.delete(id);
      return ok({ trashed: [article.source.file] });
    },
    ...notes.handlers,
  };

  const api: MuwaziApi = {
    transport: 'electron',
    async invoke(method, input) {
      calls.push({ method, input: structuredClone(input) });
      const handler = handlers[method] as ((input: unknown) => Result<never>) | undefined;
      return handler ? handler(input) : { ok: false, error: { code: 'unknown-method', message: method } };
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
  };

  return {
    api,
    notesOf: notes.notesOf,
    calls,
    callsTo: (method: MethodName) => calls.filter((call) => call.method === method),
    get settings() {
      return settings;
    },
    articles,
    sendEvent(event: AppEvent) {
      for (const listener of eventListeners) listener(event);
    },
    sendCommand(command: AppCommand) {
      for (const listener of listeners) listener(command);
    },
  };
}

export function installFakeApi(options: FakeOptions = {}) {
  const fake = createFakeApi(options);
  window.muwazi = fake.api;
  return fake;
}
