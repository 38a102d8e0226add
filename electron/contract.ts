/**
 * The one API between the window and whatever serves it (Electron IPC, browser mode over
 * loopback HTTP, the CLI). Every method is named here, with a zod schema for its input and
 * the type of its result. Adapters are built by looping over `methodNames`, so they cannot
 * drift apart; nothing else defines a channel.
 */
import { z } from 'zod';
import {
  type Annotation,
  annotationSchema,
  type Bookmark,
  bookmarkSchema,
  type HighlightColor,
  highlightColors,
  maxBookmarkNameLength,
  maxNoteLength,
} from './core/annotations/model';

// The annotation model is plain zod (no Node, no Electron): shared with the core as it is.
export type { Annotation, Bookmark, HighlightColor };
export { highlightColors };

// ---------------------------------------------------------------------------------------
// Data shapes shared by the core and the renderer
// ---------------------------------------------------------------------------------------

export type Lang = 'ar' | 'en';

/** Upper bound on an article file we open; larger files are refused with `too-large`. */
export const maxArticleBytes = 20 * 1024 * 1024;

/** Upper bound on one `library:import` request in browser mode; the page batches files under it. */
export const maxImportRequestBytes = 32 * 1024 * 1024;

/** One paragraph of article text, exactly as the file has it (display text is never altered). */
export interface Segment {
  text: string;
}

/** One row of the parallel view: indices of Arabic and English paragraphs read together. */
export interface Bead {
  ar: number[];
  en: number[];
}

export type SetAsideKind = 'boilerplate' | 'byline' | 'date' | 'source' | 'caption';

/** Text the importer judged not to be part of the article body: kept, shown on request. */
export interface SetAsideBlock {
  text: string;
  kind: SetAsideKind;
  lang: Lang;
  /** Number of body paragraphs (in its language) that came before it in the file. */
  after: number;
}

export type ArticleFormat = 'txt' | 'md' | 'html' | 'tmx' | 'json';

export interface ArticleSource {
  /** File name relative to the library folder. */
  file: string;
  format: ArticleFormat;
  encoding: string;
  translation?: { file: string; format: ArticleFormat; encoding: string };
}

export interface Article {
  id: string;
  title: { ar: string; en?: string };
  ar: Segment[];
  en: Segment[];
  alignment: Bead[];
  /**
   * Per bead, 0–1: how sure the aligner is that the row is right. Absent when the file pairs
   * the languages itself (TMX, bilingual JSON). Rows below `unsureConfidence` are marked quietly.
   */
  confidence?: number[];
  /** Indices of the beads the reader set by hand; they override the aligner. */
  corrected?: number[];
  /** How many corrections the reader stored for this article (absent when none). */
  corrections?: number;
  /**
   * Which state of the files and corrections these rows are: requests that name rows send it
   * back, and the core refuses them (`stale`) when the rows have changed since.
   */
  revision?: string;
  setAside: SetAsideBlock[];
  source: ArticleSource;
}

/** Below this confidence a row is shown as one the aligner is unsure of. */
export const unsureConfidence = 0.6;

/** How an article's rows stand after a correction (the article's text is unchanged). */
export interface ArticleAlignment {
  alignment: Bead[];
  confidence?: number[];
  corrected?: number[];
  /** Corrections stored for this article, and how many of them no longer find their paragraphs. */
  corrections: number;
  unapplied: number;
  /** The revision of these rows (see `Article.revision`). */
  revision: string;
}

/** A sentence as UTF-16 offsets into one paragraph's text, as DOM ranges count. */
export interface SentenceSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The sentences of one row on each side, and which read together (indices into `ar` and `en`). */
export interface RowSentences {
  row: number;
  ar: SentenceSpan[];
  en: SentenceSpan[];
  links: Bead[];
}

/** The first rows of an article (see `article:head`), and how many rows the whole one has. */
export interface ArticleHead {
  article: Article;
  totalRows: number;
}

export interface ArticleSummary {
  id: string;
  file: string;
  title: { ar: string; en?: string };
  paragraphs: number;
  /** Share (0–1) of Arabic paragraphs that have English beside them. */
  translated: number;
  /** When the article first appeared in the library (ISO time), and when it was last read. */
  added?: string;
  lastRead?: string;
}

/** A file in the library folder that could not be read as an article, with the reason. */
export interface LibraryProblem {
  file: string;
  code: ErrorCode;
}

export interface LibraryListing {
  folder: string;
  articles: ArticleSummary[];
  problems: LibraryProblem[];
}

export const uiLanguages = ['en', 'ar'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const fontSizeLimits = { min: 12, max: 48 } as const;
export const lineHeightLimits = { min: 1.2, max: 3 } as const;

const textStyleSchema = z.object({
  fontSize: z.number().min(fontSizeLimits.min).max(fontSizeLimits.max),
  lineHeight: z.number().min(lineHeightLimits.min).max(lineHeightLimits.max),
});

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const settingsSchema = z.object({
  uiLanguage: z.enum(uiLanguages),
  /** Which physical side the Arabic pane sits on, whatever the UI direction. */
  arabicSide: z.enum(['right', 'left']),
  text: z.object({ ar: textStyleSchema, en: textStyleSchema }),
  /** 'system' follows the operating system's light or dark setting. */
  theme: z.enum(themes).default('system'),
});
export type Settings = z.infer<typeof settingsSchema>;
export type TextStyle = z.infer<typeof textStyleSchema>;

export const defaultSettings: Settings = {
  uiLanguage: 'en',
  arabicSide: 'right',
  // Arabic in Naskh reads best a little larger than Latin at the same nominal size, and needs
  // room above and below the line for vowel marks.
  text: { ar: { fontSize: 22, lineHeight: 2 }, en: { fontSize: 18, lineHeight: 1.6 } },
  theme: 'system',
};

export const readingPositionSchema = z.object({
  /** Index of the row (bead) at the top of the view. */
  row: z.number().int().min(0).max(10_000_000),
  /** How far (0–1) that row had scrolled past the top edge. */
  offset: z.number().min(0).max(1),
});
export type ReadingPosition = z.infer<typeof readingPositionSchema>;

export interface AppInfo {
  version: string;
  transport: 'electron' | 'browser';
  libraryFolder: string;
  /** Problems met while loading user data (e.g. a corrupt file kept aside), for the UI to report. */
  dataProblems: DataProblem[];
}

export interface DataProblem {
  code: ErrorCode;
  file: string;
  keptAs?: string;
}

/** An annotation where it stands in the article's current text (offsets in its language's text). */
export interface AnchoredNote {
  annotation: Annotation;
  start: number;
  end: number;
  method: 'position' | 'quote-exact' | 'quote-fuzzy';
}

export interface ArticleNotesView {
  anchored: AnchoredNote[];
  /** Annotations whose passage is no longer in the text: listed with their quote, never deleted. */
  orphaned: Annotation[];
  /** `row` is null when the bookmarked paragraph is gone. */
  bookmarks: { bookmark: Bookmark; row: number | null }[];
}

export interface BookmarkEverywhere {
  articleId: string;
  title: { ar: string; en?: string };
  bookmark: Bookmark;
  row: number | null;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** How far a long import has come. */
export interface ImportProgress {
  done: number;
  total: number;
  current?: string;
}

/** What an import did, file by file: each refused file has its own reason. */
export interface ImportOutcome {
  imported: { from: string; file: string }[];
  failed: { from: string; code: ErrorCode }[];
  cancelled: boolean;
}

export interface ImportedNotes {
  added: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
}

// ---------------------------------------------------------------------------------------
// Errors are values with a stable code the UI translates.
// ---------------------------------------------------------------------------------------

export const errorCodes = [
  'invalid-input',
  'unknown-method',
  'not-found',
  'outside-library',
  'not-a-file',
  'too-large',
  'not-text',
  'undecodable',
  'empty-article',
  'name-taken',
  'unsupported-format',
  'io-error',
  'read-only',
  'disk-full',
  'corrupt-data',
  'newer-data',
  'unauthorized',
  'not-available',
  /** The article changed on disk since the window read the rows a request names. */
  'stale',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** English, for logs and the CLI; the UI shows its own translation of `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------

/** Article ids are opaque: the renderer never sends a path. */
export const articleIdSchema = z.string().regex(/^[a-f0-9]{16}$/, 'an article id');

const empty = z.object({}).strict();
const langSchema = z.enum(['ar', 'en']);
const colorSchema = z.enum(highlightColors);
const noteIdSchema = z.uuid();
const offset = z.number().int().min(0).max(100_000_000);
/** The `Article.revision` the window shows; absent, the request applies to the rows as they are now. */
const revisionSchema = z.string().min(1).max(64).optional();

/**
 * A reader's correction of the rows. `merge` joins a row with the one after it; `split` cuts a
 * row before the given paragraph (the other side is cut where the lengths agree best);
 * `unlink` takes a paragraph out of its row so it stands alone; `link` moves a paragraph that
 * opens (or closes) its row into the previous (or next) row.
 */
export const alignmentCorrectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('merge'), row: offset }).strict(),
  z.object({ type: z.literal('split'), lang: langSchema, paragraph: offset }).strict(),
  z.object({ type: z.literal('unlink'), lang: langSchema, paragraph: offset }).strict(),
  z
    .object({
      type: z.literal('link'),
      lang: langSchema,
      paragraph: offset,
      to: z.enum(['previous', 'next']),
    })
    .strict(),
]);
export type AlignmentCorrection = z.infer<typeof alignmentCorrectionSchema>;

export const methods = {
  'app:info': { input: empty, result: {} as AppInfo },
  'library:list': { input: empty, result: {} as LibraryListing },
  'article:open': { input: z.object({ id: articleIdSchema }).strict(), result: {} as Article },
  /** The first rows only: a long article's first screen paints before the whole one arrives. */
  'article:head': {
    input: z.object({ id: articleIdSchema, rows: z.number().int().min(1).max(1000) }).strict(),
    result: {} as ArticleHead,
  },
  /** Sentences of rows `from` to `to` (inclusive) and their links, for hover and keyboard linking. */
  'article:sentences': {
    input: z
      .object({ id: articleIdSchema, from: offset, to: offset, revision: revisionSchema })
      .strict()
      .refine(({ from, to }) => to >= from && to - from < 200, 'at most 200 rows, from ≤ to'),
    result: {} as RowSentences[],
  },
  /** Applies a correction to the rows and keeps it in the data folder. */
  'alignment:correct': {
    input: z
      .object({ id: articleIdSchema, correction: alignmentCorrectionSchema, revision: revisionSchema })
      .strict(),
    result: {} as ArticleAlignment,
  },
  /** Takes back the last correction (or the last reset). */
  'alignment:undo': {
    input: z.object({ id: articleIdSchema, revision: revisionSchema }).strict(),
    result: {} as ArticleAlignment,
  },
  /** Forgets every correction of this article: the aligner's rows come back. */
  'alignment:reset': {
    input: z.object({ id: articleIdSchema, revision: revisionSchema }).strict(),
    result: {} as ArticleAlignment,
  },
  'settings:get': { input: empty, result: {} as Settings },
  'settings:save': { input: z.object({ settings: settingsSchema }).strict(), result: {} as Settings },
  'position:get': {
    input: z.object({ id: articleIdSchema }).strict(),
    result: {} as ReadingPosition | null,
  },
  'position:save': {
    input: z.object({ id: articleIdSchema, position: readingPositionSchema }).strict(),
    result: {} as ReadingPosition,
  },
  'annotations:list': { input: z.object({ id: articleIdSchema }).strict(), result: {} as ArticleNotesView },
  'annotations:add': {
    input: z
      .object({
        id: articleIdSchema,
        lang: langSchema,
        start: offset,
        end: offset,
        color: colorSchema,
        note: z.string().max(maxNoteLength).optional(),
      })
      .strict(),
    result: {} as AnchoredNote,
  },
  'annotations:update': {
    input: z
      .object({
        id: articleIdSchema,
        annotationId: noteIdSchema,
        color: colorSchema.optional(),
        note: z.string().max(maxNoteLength).nullable().optional(),
      })
      .strict(),
    result: {} as Annotation,
  },
  'annotations:remove': {
    input: z.object({ id: articleIdSchema, annotationId: noteIdSchema }).strict(),
    result: {} as { removed: boolean },
  },
  'annotations:restore': {
    input: z.object({ id: articleIdSchema, annotation: annotationSchema }).strict(),
    result: {} as Annotation,
  },
  'annotations:export': {
    input: z.object({ id: articleIdSchema, format: z.enum(['md', 'json']) }).strict(),
    result: {} as ExportedFile,
  },
  'annotations:import': {
    input: z.object({ id: articleIdSchema, content: z.string().max(20 * 1024 * 1024) }).strict(),
    result: {} as ImportedNotes,
  },
  'bookmarks:add': {
    input: z
      .object({ id: articleIdSchema, row: offset, name: z.string().max(maxBookmarkNameLength).optional() })
      .strict(),
    result: {} as Bookmark,
  },
  'bookmarks:rename': {
    input: z
      .object({
        id: articleIdSchema,
        bookmarkId: noteIdSchema,
        name: z.string().max(maxBookmarkNameLength).nullable(),
      })
      .strict(),
    result: {} as Bookmark,
  },
  'bookmarks:remove': {
    input: z.object({ id: articleIdSchema, bookmarkId: noteIdSchema }).strict(),
    result: {} as { removed: boolean },
  },
  'bookmarks:restore': {
    input: z.object({ id: articleIdSchema, bookmark: bookmarkSchema }).strict(),
    result: {} as Bookmark,
  },
  'bookmarks:all': { input: empty, result: {} as BookmarkEverywhere[] },
  /** A new file name for an article (and its translation), in the same folder; the id stays. */
  'library:rename': {
    input: z
      .object({
        id: articleIdSchema,
        name: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u, 'a file name without folder separators')
          .refine((name) => !name.startsWith('.') && name.trim() === name, 'a visible file name'),
      })
      .strict(),
    result: {} as { file: string },
  },
  /**
   * Lets the reader pick a folder to use as the library (desktop: the system's folder dialog).
   * Browser mode has no folder dialog and answers `not-available`: start it with `--library`.
   * Resolves with the folder now in use, or null when the reader cancelled.
   */
  'library:choose-folder': { input: empty, result: {} as { folder: string } | null },
  /** Moves an article (and its translation) to the system trash: recoverable, never erased. */
  'library:trash': { input: z.object({ id: articleIdSchema }).strict(), result: {} as { trashed: string[] } },
  /**
   * Files the page read (drag and drop, file picker), copied into the library. The page sends
   * a few at a time, so it can show progress and stop between batches.
   */
  'library:import': {
    input: z
      .object({
        files: z
          .array(
            z
              .object({
                name: z.string().min(1).max(255),
                // base64
                content: z.string().max(Math.ceil((maxArticleBytes * 4) / 3) + 4),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    result: {} as ImportOutcome,
  },
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const methodNames = Object.keys(methods) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M]['result'];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

/** Commands the desktop menu sends to the window; the renderer handles them like its own keys. */
export const appCommands = [
  'text-larger',
  'text-smaller',
  'text-reset',
  'swap-panes',
  'show-library',
  'open-library-folder',
] as const;
export type AppCommand = (typeof appCommands)[number];
export const appCommandChannel = 'muwazi:command';

// ---------------------------------------------------------------------------------------
// Events: what the desktop app's main process tells the window (desktop only). The preload
// passes on only events that match `appEventSchema`.
// ---------------------------------------------------------------------------------------

export const appEventChannel = 'muwazi:event';

const importProgressSchema = z
  .object({
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    current: z.string().max(4096).optional(),
  })
  .strict();

const importOutcomeSchema = z
  .object({
    imported: z.array(z.object({ from: z.string().max(4096), file: z.string().max(4096) }).strict()),
    failed: z.array(z.object({ from: z.string().max(4096), code: z.enum(errorCodes) }).strict()),
    cancelled: z.boolean(),
  })
  .strict();

export const appEventSchema = z.discriminatedUnion('type', [
  /** Show this article: a file opened from the system or the menu is now in the library. */
  z.object({ type: z.literal('open-article'), id: articleIdSchema }).strict(),
  /**
   * Articles were added, edited, renamed or removed: list the library again, and reload the
   * open article if its id is among `ids` (when given). Browser mode streams these too.
   */
  z
    .object({ type: z.literal('library-changed'), ids: z.array(articleIdSchema).max(100_000).optional() })
    .strict(),
  /** An import started from the menu or the system is under way. */
  z.object({ type: z.literal('import-progress'), progress: importProgressSchema }).strict(),
  /** An import ended; each refused file has its own reason. */
  z.object({ type: z.literal('import-finished'), outcome: importOutcomeSchema }).strict(),
  /** The menu changed a setting (language, theme): the window's copy is stale. */
  z.object({ type: z.literal('settings-changed'), settings: settingsSchema }).strict(),
]);
export type AppEvent = z.infer<typeof appEventSchema>;

// ---------------------------------------------------------------------------------------

/** What `window.muwazi` offers the renderer, whichever adapter stands behind it. */
export interface MuwaziApi {
  transport: 'electron' | 'browser';
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  /** Subscribes to menu commands (desktop only); returns the unsubscribe function. */
  onCommand?(listener: (command: AppCommand) => void): () => void;
  /**
   * Subscribes to events from the main process (desktop only); returns the unsubscribe
   * function. Events that arrive before the first listener are kept and handed to it.
   */
  onEvent?(listener: (event: AppEvent) => void): () => void;
}
