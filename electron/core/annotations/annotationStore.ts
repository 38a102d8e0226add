import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { DataProblem, Lang } from '../../contract';
import { codeForFsError, MuwaziError } from '../errors';
import { JsonStore } from '../storage/jsonStore';
import { mergeAnnotations } from './merge';
import {
  type Annotation,
  type ArticleNotes,
  annotationSchema,
  annotationsFileVersion,
  articleKeySchema,
  articleNotesSchema,
  type Bookmark,
  bookmarkSchema,
  type HighlightColor,
} from './model';
import type { Selectors, TextQuoteSelector } from './selectors';

export interface NewAnnotation {
  articleKey: string;
  lang: Lang;
  selectors: Selectors;
  color: HighlightColor;
  note?: string;
}

export interface AnnotationChange {
  color?: HighlightColor;
  /** A string replaces the note; null removes it. */
  note?: string | null;
  /** New selectors, e.g. refreshed ones after re-anchoring. */
  selectors?: Selectors;
}

export interface NewBookmark {
  articleKey: string;
  row: number;
  lang: Lang;
  quote: TextQuoteSelector;
  name?: string;
}

export interface ImportSummary {
  added: number;
  duplicates: number;
}

export interface AnnotationStoreOptions {
  report?: (problem: DataProblem) => void;
  /** The clock for created/modified stamps. */
  now?: () => Date;
}

const emptyNotes = (): ArticleNotes => ({ annotations: [], bookmarks: [] });

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MuwaziError('invalid-input', `Invalid ${what}: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Annotations and bookmarks, one file per article under `<data>/annotations/<articleKey>.json`.
 * One file per article keeps each save small (a highlight rewrites one article's notes, not
 * everyone's), confines a damaged file to one article, and opening an article reads only its
 * own notes. Each file is a schema-versioned JsonStore: written atomically, and kept aside
 * (never overwritten) when it cannot be read.
 */
export class AnnotationStore {
  readonly folder: string;
  private readonly stores = new Map<string, JsonStore<ArticleNotes>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly now: () => Date;
  private readonly report: (problem: DataProblem) => void;

  constructor(dataDir: string, options: AnnotationStoreOptions = {}) {
    this.folder = path.join(dataDir, 'annotations');
    this.now = options.now ?? (() => new Date());
    this.report = options.report ?? (() => {});
  }

  private storeFor(articleKey: string): JsonStore<ArticleNotes> {
    const key = checked(articleKeySchema, articleKey, 'article key');
    let store = this.stores.get(key);
    if (!store) {
      store = new JsonStore(
        this.folder,
        key,
        articleNotesSchema,
        emptyNotes,
        annotationsFileVersion,
        this.report,
      );
      this.stores.set(key, store);
    }
    return store;
  }

  /**
   * Runs one read-modify-write of an article's file at a time: two quick highlights must not
   * both start from the same old list and lose one another.
   */
  private serial<T>(articleKey: string, work: (store: JsonStore<ArticleNotes>) => Promise<T>): Promise<T> {
    const store = this.storeFor(articleKey);
    const previous = this.queues.get(articleKey) ?? Promise.resolve();
    const next = previous.then(
      () => work(store),
      () => work(store),
    );
    this.queues.set(
      articleKey,
      next.catch(() => {}),
    );
    return next;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  async list(articleKey: string): Promise<ArticleNotes> {
    return this.serial(articleKey, (store) => store.read());
  }

  async addAnnotation(input: NewAnnotation): Promise<Annotation> {
    const created = this.stamp();
    const annotation = checked(
      annotationSchema,
      {
        id: crypto.randomUUID(),
        articleKey: input.articleKey,
        lang: input.lang,
        target: { selectors: input.selectors },
        body: input.note === undefined ? { color: input.color } : { color: input.color, note: input.note },
        created,
        modified: created,
      },
      'annotation',
    );
    return this.serial(input.articleKey, async (store) => {
      await store.update((notes) => ({ ...notes, annotations: [...notes.annotations, annotation] }));
      return annotation;
    });
  }

  async updateAnnotation(articleKey: string, id: string, change: AnnotationChange): Promise<Annotation> {
    return this.serial(articleKey, async (store) => {
      const notes = await store.read();
      const current = notes.annotations.find((a) => a.id === id);
      if (!current) throw new MuwaziError('not-found', 'There is no such annotation.');
      const body = { ...current.body, ...(change.color ? { color: change.color } : {}) };
      if (change.note === null) delete body.note;
      else if (change.note !== undefined) body.note = change.note;
      const updated = checked(
        annotationSchema,
        {
          ...current,
          body,
          target: change.selectors ? { selectors: change.selectors } : current.target,
          modified: this.stamp(),
        },
        'annotation',
      );
      await store.write({ ...notes, annotations: notes.annotations.map((a) => (a.id === id ? updated : a)) });
      return updated;
    });
  }

  /** Removing what is already gone is not an error: the user's intent is met either way. */
  async removeAnnotation(articleKey: string, id: string): Promise<boolean> {
    return this.serial(articleKey, async (store) => {
      const notes = await store.read();
      const kept = notes.annotations.filter((a) => a.id !== id);
      if (kept.length === notes.annotations.length) return false;
      await store.write({ ...notes, annotations: kept });
      return true;
    });
  }

  async addBookmark(input: NewBookmark): Promise<Bookmark> {
    const bookmark = checked(
      bookmarkSchema,
      { id: crypto.randomUUID(), ...input, created: this.stamp() },
      'bookmark',
    );
    return this.serial(input.articleKey, async (store) => {
      await store.update((notes) => ({ ...notes, bookmarks: [...notes.bookmarks, bookmark] }));
      return bookmark;
    });
  }

  async renameBookmark(articleKey: string, id: string, name: string | null): Promise<Bookmark> {
    return this.serial(articleKey, async (store) => {
      const notes = await store.read();
      const current = notes.bookmarks.find((b) => b.id === id);
      if (!current) throw new MuwaziError('not-found', 'There is no such bookmark.');
      const { name: _old, ...rest } = current;
      const renamed = checked(bookmarkSchema, name === null ? rest : { ...rest, name }, 'bookmark');
      await store.write({ ...notes, bookmarks: notes.bookmarks.map((b) => (b.id === id ? renamed : b)) });
      return renamed;
    });
  }

  async removeBookmark(articleKey: string, id: string): Promise<boolean> {
    return this.serial(articleKey, async (store) => {
      const notes = await store.read();
      const kept = notes.bookmarks.filter((b) => b.id !== id);
      if (kept.length === notes.bookmarks.length) return false;
      await store.write({ ...notes, bookmarks: kept });
      return true;
    });
  }

  /** Adds annotations (from an import) to their articles, leaving out ones already there. */
  async importAnnotations(incoming: readonly Annotation[]): Promise<ImportSummary> {
    const byArticle = new Map<string, Annotation[]>();
    for (const annotation of incoming) {
      const valid = checked(annotationSchema, annotation, 'annotation');
      byArticle.set(valid.articleKey, [...(byArticle.get(valid.articleKey) ?? []), valid]);
    }
    const summary: ImportSummary = { added: 0, duplicates: 0 };
    for (const [articleKey, annotations] of byArticle) {
      await this.serial(articleKey, async (store) => {
        const notes = await store.read();
        const { merged, added, duplicates } = mergeAnnotations(notes.annotations, annotations);
        if (added.length > 0) await store.write({ ...notes, annotations: merged });
        summary.added += added.length;
        summary.duplicates += duplicates.length;
      });
    }
    return summary;
  }

  /** Keys of every article that has a notes file, for exporting everything at once. */
  async articleKeys(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new MuwaziError(codeForFsError(error), 'Could not list the annotations folder.', {
        cause: error,
      });
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((key) => articleKeySchema.safeParse(key).success)
      .sort();
  }
}
