import { useMemo } from 'react';
import { BookmarkPrompt } from '../bookmarks/BookmarkPrompt';
import { BookmarksPanel } from '../bookmarks/BookmarksPanel';
import { RowContextMenu } from '../bookmarks/RowContextMenu';
import { useBookmarkKey } from '../bookmarks/useBookmarkKey';
import { useBookmarkMarkers } from '../bookmarks/useBookmarkMarkers';
import { AnnotationsPanel } from './AnnotationsPanel';
import { paragraphStarts } from './documentOffsets';
import { HighlightPopover, popoverKey } from './HighlightPopover';
import { Toasts } from './Toasts';
import { useHighlightPainter } from './useHighlightPainter';
import { usePairedHover } from './usePairedHover';
import type { ReaderNotes } from './useReaderNotes';
import { useSelectionPopover } from './useSelectionPopover';
import './annotations.css';
import '../bookmarks/bookmarks.css';

/** Everything bookmarks, highlights and notes draw over and beside the reading view. */
export function NotesLayer({ notes }: { notes: ReaderNotes }) {
  const { article } = notes;
  const starts = useMemo(
    () => ({ ar: paragraphStarts(article.ar), en: paragraphStarts(article.en) }),
    [article],
  );
  useHighlightPainter(notes);
  usePairedHover(notes, starts);
  useBookmarkMarkers(notes);
  useBookmarkKey(notes);
  const [target, setTarget] = useSelectionPopover(notes, starts);

  return (
    <>
      {target && (
        <HighlightPopover key={popoverKey(target)} notes={notes} target={target} onTarget={setTarget} />
      )}
      {notes.panel === 'annotations' && <AnnotationsPanel notes={notes} />}
      {notes.panel === 'bookmarks' && <BookmarksPanel notes={notes} />}
      {notes.bookmarkPrompt && (
        <BookmarkPrompt key={notes.bookmarkPrompt.row} notes={notes} row={notes.bookmarkPrompt.row} />
      )}
      <RowContextMenu notes={notes} />
      <Toasts />
    </>
  );
}
