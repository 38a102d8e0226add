import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  AnchoredNote,
  Annotation,
  ApiError,
  ArticleNotesView,
  Bookmark,
  HighlightColor,
  MethodName,
  Result,
} from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { errorText, i18n } from '../../i18n';
import { showToast } from './toasts';
import type { TextSpan } from './documentOffsets';

export interface NotesActions {
  reload(): Promise<void>;
  addAnnotation(span: TextSpan, color: HighlightColor, note?: string): Promise<AnchoredNote | null>;
  updateAnnotation(
    annotationId: string,
    change: { color?: HighlightColor; note?: string | null },
  ): Promise<void>;
  /** Removes an annotation and offers to undo it. */
  removeAnnotation(annotation: Annotation): Promise<void>;
  addBookmark(row: number, name?: string): Promise<Bookmark | null>;
  renameBookmark(bookmarkId: string, name: string | null): Promise<void>;
  removeBookmark(bookmark: Bookmark): Promise<void>;
}

export interface ArticleNotes {
  /** Null until the first answer arrives. */
  view: ArticleNotesView | null;
  error: ApiError | null;
  actions: NotesActions;
}

const emptyView: ArticleNotesView = { anchored: [], orphaned: [], bookmarks: [] };

function reportFailure(method: MethodName, error: ApiError): void {
  showToast({
    message: i18n.t(method.startsWith('bookmarks:') ? 'bookmarks.failed' : 'annotations.failed', {
      reason: errorText(error),
    }),
  });
}

/** The bookmarks, highlights and notes of one article, and every change to them. */
export function useArticleNotes(id: string): ArticleNotes {
  const [view, setView] = useState<ArticleNotesView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // A slow answer to an older request never overwrites a newer one.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const result = await call('annotations:list', { id });
    if (mine !== generation.current) return;
    if (result.ok) {
      setView(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [id]);

  useEffect(() => {
    void reload();
    return () => {
      generation.current++;
    };
  }, [reload]);

  const actions = useMemo<NotesActions>(() => {
    async function run<T>(method: MethodName, request: Promise<Result<T>>): Promise<T | null> {
      const result = await request;
      if (!result.ok) {
        reportFailure(method, result.error);
        return null;
      }
      return result.value;
    }
    const change = (update: (current: ArticleNotesView) => ArticleNotesView) =>
      setView((current) => update(current ?? emptyView));

    return {
      reload,
      async addAnnotation(span, color, note) {
        const added = await run(
          'annotations:add',
          call('annotations:add', { id, ...span, color, ...(note ? { note } : {}) }),
        );
        // Drawn at once; the list from the core (which also orders the orphans) follows.
        if (added) change((current) => ({ ...current, anchored: [...current.anchored, added] }));
        void reload();
        return added;
      },
      async updateAnnotation(annotationId, update) {
        const updated = await run(
          'annotations:update',
          call('annotations:update', { id, annotationId, ...update }),
        );
        if (updated) {
          change((current) => ({
            ...current,
            anchored: current.anchored.map((item) =>
              item.annotation.id === annotationId ? { ...item, annotation: updated } : item,
            ),
            orphaned: current.orphaned.map((item) => (item.id === annotationId ? updated : item)),
          }));
        }
        void reload();
      },
      async removeAnnotation(annotation) {
        const removed = await run(
          'annotations:remove',
          call('annotations:remove', { id, annotationId: annotation.id }),
        );
        if (!removed) return;
        change((current) => ({
          ...current,
          anchored: current.anchored.filter((item) => item.annotation.id !== annotation.id),
          orphaned: current.orphaned.filter((item) => item.id !== annotation.id),
        }));
        showToast({
          message: i18n.t(annotation.body.note ? 'annotations.deletedWithNote' : 'annotations.deleted'),
          undo: async () => {
            await run('annotations:restore', call('annotations:restore', { id, annotation }));
            await reload();
          },
        });
        void reload();
      },
      async addBookmark(row, name) {
        const trimmed = name?.trim();
        const added = await run(
          'bookmarks:add',
          call('bookmarks:add', { id, row, ...(trimmed ? { name: trimmed } : {}) }),
        );
        if (added)
          change((current) => ({ ...current, bookmarks: [...current.bookmarks, { bookmark: added, row }] }));
        void reload();
        return added;
      },
      async renameBookmark(bookmarkId, name) {
        const trimmed = name?.trim() || null;
        const renamed = await run(
          'bookmarks:rename',
          call('bookmarks:rename', { id, bookmarkId, name: trimmed }),
        );
        if (renamed) {
          change((current) => ({
            ...current,
            bookmarks: current.bookmarks.map((item) =>
              item.bookmark.id === bookmarkId ? { ...item, bookmark: renamed } : item,
            ),
          }));
        }
        void reload();
      },
      async removeBookmark(bookmark) {
        const removed = await run(
          'bookmarks:remove',
          call('bookmarks:remove', { id, bookmarkId: bookmark.id }),
        );
        if (!removed) return;
        change((current) => ({
          ...current,
          bookmarks: current.bookmarks.filter((item) => item.bookmark.id !== bookmark.id),
        }));
        showToast({
          message: i18n.t('bookmarks.deleted'),
          undo: async () => {
            await run('bookmarks:restore', call('bookmarks:restore', { id, bookmark }));
            await reload();
          },
        });
        void reload();
      },
    };
  }, [id, reload]);

  return { view, error, actions };
}
