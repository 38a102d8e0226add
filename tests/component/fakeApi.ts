import type {
  AlignmentCorrection,
  AppCommand,
  AppEvent,
  ImportOutcome,
  AppInfo,
  Article,
  ArticleAlignment,
  ArticleSummary,
  Bead,
  DataProblem,
  ErrorCode,
  MethodInput,
  MethodName,
  MethodResult,
  MuwaziApi,
  ReadingPosition,
  Result,
  RowSentences,
  SentenceSpan,
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
  /**
   * What `library:choose-folder` answers: the folder opened (and its articles), null when the
   * reader cancelled, or an error. Without it the answer is `not-available`, as in browser mode.
   */
  chooseFolder?: () => { folder: string; articles?: Article[] } | null | { error: ErrorCode };
  /**
   * The sentences of each article's rows. By default each paragraph is cut after its full
   * stops and question marks, and a row's nth sentences in the two languages are linked.
   */
  sentences?: Record<string, RowSentences[]>;
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
  let folder = options.folder ?? '/home/reader/Muwazi';
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
        libraryFolder: folder,
        dataProblems: options.dataProblems ?? [],
      }),
    'library:list': () =>
      ok({
        folder,
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
    'library:choose-folder': () => {
      const chosen = options.chooseFolder ? options.chooseFolder() : { error: 'not-available' as const };
      if (chosen === null) return ok(null);
      if ('error' in chosen) return { ok: false, error: { code: chosen.error, message: chosen.error } };
      folder = chosen.folder;
      articles.clear();
      for (const article of chosen.articles ?? []) articles.set(article.id, article);
      return ok({ folder });
    },
    'library:trash': ({ id }) => {
      const article = articles.get(id);
      if (!article) return { ok: false, error: { code: 'not-found', message: 'No such article.' } };
      articles.delete(id);
      return ok({ trashed: [article.source.file] });
    },
    ...notes.handlers,
    ...createAlignmentHandlers(articles, options.sentences),
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
    /**
     * The article's file changed on disk and the core read it again: its rows have a new
     * revision, so requests naming the old one are refused. No event is sent, as when the
     * window has not heard of the change yet.
     */
    changeOnDisk(id: string, revision: string) {
      const article = articles.get(id);
      if (article) articles.set(id, { ...article, revision });
    },
  };
}

type Handlers = { [M in MethodName]?: (input: MethodInput<M>) => Result<MethodResult<M>> };

/** Sentence spans of one paragraph: cut after . ! ? ؟ and the spaces that follow. */
function plainSentences(paragraph: number, text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(/[^.!?؟]+[.!?؟]*\s*/gu)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (end > start) spans.push({ paragraph, start, end });
  }
  return spans;
}

function plainRowSentences(article: Article, row: number): RowSentences {
  const bead = article.alignment[row]!;
  const ar = bead.ar.flatMap((p) => plainSentences(p, article.ar[p]!.text));
  const en = bead.en.flatMap((p) => plainSentences(p, article.en[p]!.text));
  const links: Bead[] = [];
  for (let i = 0; i < Math.min(ar.length, en.length); i++) links.push({ ar: [i], en: [i] });
  return { row, ar, en, links };
}

const sameBead = (a: Bead, b: Bead) => JSON.stringify(a) === JSON.stringify(b);

/** A plain stand-in for the core's corrections: each moves paragraphs between beads directly. */
function corrected(beads: readonly Bead[], correction: AlignmentCorrection): Bead[] | null {
  const next = beads.map((bead) => ({ ar: [...bead.ar], en: [...bead.en] }));
  if (correction.type === 'merge') {
    const [first, second] = [next[correction.row], next[correction.row + 1]];
    if (!first || !second) return null;
    next.splice(correction.row, 2, { ar: [...first.ar, ...second.ar], en: [...first.en, ...second.en] });
    return next;
  }
  const { lang, paragraph } = correction;
  const other = lang === 'ar' ? 'en' : 'ar';
  const row = next.findIndex((bead) => bead[lang].includes(paragraph));
  const bead = next[row];
  if (!bead) return null;
  const at = bead[lang].indexOf(paragraph);
  if (correction.type === 'split') {
    if (at === 0) return null;
    const cut = Math.round((bead[other].length * at) / bead[lang].length);
    const first: Bead = { ar: [], en: [] };
    const second: Bead = { ar: [], en: [] };
    [first[lang], first[other]] = [bead[lang].slice(0, at), bead[other].slice(0, cut)];
    [second[lang], second[other]] = [bead[lang].slice(at), bead[other].slice(cut)];
    next.splice(row, 1, first, second);
    return next;
  }
  bead[lang].splice(at, 1);
  if (correction.type === 'unlink') {
    const alone: Bead = { ar: [], en: [] };
    alone[lang] = [paragraph];
    next.splice(at === 0 ? row : row + 1, 0, alone);
    return next;
  }
  const target = next[correction.to === 'previous' ? row - 1 : row + 1];
  if (!target) return null;
  if (correction.to === 'previous') target[lang].push(paragraph);
  else target[lang].unshift(paragraph);
  return next.filter((each) => each.ar.length + each.en.length > 0);
}

/**
 * `article:sentences` and the alignment corrections, on plain data: the corrected rows are
 * kept in the article, so opening it again shows them, and undo steps back through them.
 */
function createAlignmentHandlers(articles: Map<string, Article>, sentences?: Record<string, RowSentences[]>) {
  const original = new Map<string, Article>();
  const history = new Map<string, { alignment: Bead[]; corrections: number }[]>();
  const counts = new Map<string, number>();
  let revisions = 0;
  const notFound = { ok: false, error: { code: 'not-found', message: 'No such article.' } } as const;
  const stale = { ok: false, error: { code: 'stale', message: 'The article changed.' } } as const;
  /** As the core: a request naming rows of another revision than the article's is refused. */
  const isStale = (article: Article, input: { revision?: string | undefined }) =>
    input.revision !== undefined && input.revision !== article.revision;

  const store = (article: Article, alignment: Bead[], corrections: number): Result<ArticleAlignment> => {
    const first = original.get(article.id) ?? article;
    original.set(article.id, first);
    counts.set(article.id, corrections);
    const rows = alignment.map((bead) => first.alignment.findIndex((before) => sameBead(before, bead)));
    const confidence = first.confidence && rows.map((at) => (at >= 0 ? first.confidence![at]! : 1));
    const set = rows.flatMap((at, row) => (at < 0 ? [row] : []));
    revisions += 1;
    const next: ArticleAlignment = {
      alignment,
      ...(confidence ? { confidence } : {}),
      ...(corrections > 0 ? { corrected: set } : {}),
      corrections,
      unapplied: 0,
      revision: `rows-${revisions}`,
    };
    const { confidence: _c, corrected: _s, corrections: _n, ...rest } = article;
    articles.set(article.id, {
      ...rest,
      alignment,
      revision: next.revision,
      ...(next.confidence ? { confidence: next.confidence } : {}),
      ...(next.corrected ? { corrected: next.corrected } : {}),
      ...(corrections > 0 ? { corrections } : {}),
    });
    return { ok: true, value: structuredClone(next) };
  };
  const remember = (article: Article) => {
    const past = history.get(article.id) ?? [];
    past.push({ alignment: article.alignment, corrections: counts.get(article.id) ?? 0 });
    history.set(article.id, past);
  };

  const handlers: Handlers = {
    'article:sentences': (input) => {
      const { id, from, to } = input;
      const article = articles.get(id);
      if (!article) return notFound;
      if (isStale(article, input)) return stale;
      const rows = sentences?.[id] ?? article.alignment.map((_, row) => plainRowSentences(article, row));
      return { ok: true, value: structuredClone(rows.filter((row) => row.row >= from && row.row <= to)) };
    },
    'alignment:correct': (input) => {
      const { id, correction } = input;
      const article = articles.get(id);
      if (!article) return notFound;
      if (isStale(article, input)) return stale;
      const alignment = corrected(article.alignment, correction as AlignmentCorrection);
      if (!alignment) return { ok: false, error: { code: 'invalid-input', message: 'Nothing to correct.' } };
      remember(article);
      return store(article, alignment, (counts.get(id) ?? 0) + 1);
    },
    'alignment:undo': (input) => {
      const { id } = input;
      const article = articles.get(id);
      if (!article) return notFound;
      if (isStale(article, input)) return stale;
      const last = history.get(id)?.pop();
      if (!last) return { ok: false, error: { code: 'not-found', message: 'Nothing to undo.' } };
      return store(article, last.alignment, last.corrections);
    },
    'alignment:reset': (input) => {
      const { id } = input;
      const article = articles.get(id);
      if (!article) return notFound;
      if (isStale(article, input)) return stale;
      remember(article);
      return store(article, (original.get(id) ?? article).alignment, 0);
    },
  };
  return handlers;
}

export function installFakeApi(options: FakeOptions = {}) {
  const fake = createFakeApi(options);
  window.muwazi = fake.api;
  return fake;
}
