import { type RefObject, useCallback, useState } from 'react';
import type { Article } from '../../../../electron/contract';
import { topRow } from '../bookmarks/rowScroll';
import { type ArticleNotes, useArticleNotes } from './useArticleNotes';

export type NotesPanel = 'annotations' | 'bookmarks';

export interface ReaderNotes extends ArticleNotes {
  article: Article;
  rowsRef: RefObject<HTMLElement | null>;
  panel: NotesPanel | null;
  togglePanel(panel: NotesPanel): void;
  closePanel(): void;
  /** The row a bookmark is being named for, while the name prompt is open. */
  bookmarkPrompt: { row: number } | null;
  /** Opens the name prompt for a row; the row at the top of the view when none is given. */
  askBookmark(row?: number): void;
  closeBookmarkPrompt(): void;
}

/** Everything the reader's notes features share: the data, which panel is open, the prompt. */
export function useReaderNotes(article: Article, rowsRef: RefObject<HTMLElement | null>): ReaderNotes {
  const notes = useArticleNotes(article.id);
  const [panel, setPanel] = useState<NotesPanel | null>(null);
  const [bookmarkPrompt, setBookmarkPrompt] = useState<{ row: number } | null>(null);

  const togglePanel = useCallback(
    (next: NotesPanel) => setPanel((current) => (current === next ? null : next)),
    [],
  );
  const closePanel = useCallback(() => setPanel(null), []);
  const askBookmark = useCallback(
    (row?: number) => {
      const container = rowsRef.current;
      const target = row ?? (container ? topRow(container) : null);
      if (target !== null) setBookmarkPrompt({ row: target });
    },
    [rowsRef],
  );
  const closeBookmarkPrompt = useCallback(() => setBookmarkPrompt(null), []);

  return {
    ...notes,
    article,
    rowsRef,
    panel,
    togglePanel,
    closePanel,
    bookmarkPrompt,
    askBookmark,
    closeBookmarkPrompt,
  };
}
