import type {
  Annotation,
  Article,
  Bookmark,
  BookmarkEverywhere,
  MethodInput,
  MethodName,
  MethodResult,
  Result,
} from '../../electron/contract';
import { describeRow, findBookmarkRow } from '../../electron/core/annotations/bookmarks';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { annotationsToMarkdown } from '../../electron/core/annotations/markdown';
import { reanchorAll } from '../../electron/core/annotations/reanchor';
import { describeRange } from '../../electron/core/annotations/selectors';
import { fromWebAnnotations, toWebAnnotationCollection } from '../../electron/core/annotations/webAnnotation';

export interface FakeNotes {
  annotations: Annotation[];
  bookmarks: Bookmark[];
}

type Handlers = { [M in MethodName]?: (input: MethodInput<M>) => Result<MethodResult<M>> };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: 'not-found' | 'invalid-input', message: string) =>
  ({ ok: false, error: { code, message } }) as const;

/**
 * Bookmarks, highlights and notes kept in memory, per article. Anchoring, row finding and the
 * export formats are the core's own pure functions, so the renderer sees what the real service
 * would answer; only the files are missing.
 */
export function createNotesHandlers(articles: Map<string, Article>, initial: Record<string, FakeNotes> = {}) {
  const store = new Map<string, FakeNotes>(Object.entries(structuredClone(initial)));
  const notesOf = (id: string) => {
    let notes = store.get(id);
    if (!notes) {
      notes = { annotations: [], bookmarks: [] };
      store.set(id, notes);
    }
    return notes;
  };
  const now = () => new Date().toISOString();
  const view = (article: Article) => {
    const notes = notesOf(article.id);
    const { anchored, orphaned } = reanchorAll(documentTexts(article), notes.annotations);
    return {
      anchored: anchored.map(({ annotation, start, end, method }) => ({ annotation, start, end, method })),
      orphaned,
      bookmarks: notes.bookmarks.map((bookmark) => ({ bookmark, row: findBookmarkRow(article, bookmark) })),
    };
  };

  const handlers: Handlers = {
    'annotations:list': ({ id }) => {
      const article = articles.get(id);
      return article ? ok(view(article)) : fail('not-found', 'No such article.');
    },
    'annotations:add': ({ id, lang, start, end, color, note }) => {
      const article = articles.get(id);
      if (!article) return fail('not-found', 'No such article.');
      const text = documentTexts(article)[lang];
      if (end > text.length || start >= end || text.slice(start, end).trim() === '') {
        return fail('invalid-input', 'The selection is not in the article text.');
      }
      const annotation: Annotation = {
        id: crypto.randomUUID(),
        articleKey: id,
        lang,
        target: { selectors: describeRange(text, start, end) },
        body: { color, ...(note ? { note } : {}) },
        created: now(),
        modified: now(),
      };
      notesOf(id).annotations.push(annotation);
      return ok({ annotation, start, end, method: 'position' as const });
    },
    'annotations:update': ({ id, annotationId, color, note }) => {
      const annotation = notesOf(id).annotations.find((a) => a.id === annotationId);
      if (!annotation) return fail('not-found', 'No such annotation.');
      if (color) annotation.body.color = color;
      if (note === null || note === '') delete annotation.body.note;
      else if (note !== undefined) annotation.body.note = note;
      annotation.modified = now();
      return ok(structuredClone(annotation));
    },
    'annotations:remove': ({ id, annotationId }) => {
      const notes = notesOf(id);
      const before = notes.annotations.length;
      notes.annotations = notes.annotations.filter((a) => a.id !== annotationId);
      return ok({ removed: notes.annotations.length < before });
    },
    'annotations:restore': ({ id, annotation }) => {
      const notes = notesOf(id);
      if (!notes.annotations.some((a) => a.id === annotation.id))
        notes.annotations.push(annotation as Annotation);
      return ok(annotation as Annotation);
    },
    'annotations:export': ({ id, format }) => {
      const article = articles.get(id);
      if (!article) return fail('not-found', 'No such article.');
      if (format === 'json') {
        const collection = toWebAnnotationCollection(
          notesOf(id).annotations,
          article.title.en ?? article.title.ar,
        );
        return ok({
          fileName: 'article.annotations.jsonld',
          mimeType: 'application/ld+json',
          content: JSON.stringify(collection),
        });
      }
      const { anchored, orphaned } = reanchorAll(documentTexts(article), notesOf(id).annotations);
      return ok({
        fileName: 'article.annotations.md',
        mimeType: 'text/markdown',
        content: annotationsToMarkdown(article, anchored, orphaned),
      });
    },
    'annotations:import': ({ id, content }) => {
      const { annotations, rejected } = fromWebAnnotations(JSON.parse(content), {
        fallback: { articleKey: id, lang: 'ar' },
      });
      const notes = notesOf(id);
      let added = 0;
      let duplicates = 0;
      for (const annotation of annotations) {
        if (notes.annotations.some((a) => a.id === annotation.id)) duplicates++;
        else {
          notes.annotations.push({ ...annotation, articleKey: id });
          added++;
        }
      }
      return ok({ added, duplicates, rejected });
    },
    'bookmarks:add': ({ id, row, name }) => {
      const article = articles.get(id);
      const anchor = article && describeRow(article, row);
      if (!anchor) return fail('invalid-input', 'There is no such row in the article.');
      const bookmark: Bookmark = {
        id: crypto.randomUUID(),
        articleKey: id,
        ...anchor,
        ...(name ? { name } : {}),
        created: now(),
      };
      notesOf(id).bookmarks.push(bookmark);
      return ok(bookmark);
    },
    'bookmarks:rename': ({ id, bookmarkId, name }) => {
      const bookmark = notesOf(id).bookmarks.find((b) => b.id === bookmarkId);
      if (!bookmark) return fail('not-found', 'No such bookmark.');
      if (name) bookmark.name = name;
      else delete bookmark.name;
      return ok(structuredClone(bookmark));
    },
    'bookmarks:remove': ({ id, bookmarkId }) => {
      const notes = notesOf(id);
      const before = notes.bookmarks.length;
      notes.bookmarks = notes.bookmarks.filter((b) => b.id !== bookmarkId);
      return ok({ removed: notes.bookmarks.length < before });
    },
    'bookmarks:restore': ({ id, bookmark }) => {
      const restored = { ...(bookmark as Bookmark), id: crypto.randomUUID() };
      notesOf(id).bookmarks.push(restored);
      return ok(restored);
    },
    'bookmarks:all': () => {
      const all: BookmarkEverywhere[] = [];
      for (const article of articles.values()) {
        for (const bookmark of notesOf(article.id).bookmarks) {
          all.push({
            articleId: article.id,
            title: article.title,
            bookmark,
            row: findBookmarkRow(article, bookmark),
          });
        }
      }
      return ok(all);
    },
  };

  return { handlers, notesOf };
}
