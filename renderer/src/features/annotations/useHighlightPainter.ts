import { useEffect } from 'react';
import { clearHighlights, paintHighlights } from './highlightRegistry';
import type { ReaderNotes } from './useReaderNotes';
import { useRowsChanged } from './useRowsChanged';

/** Keeps every anchored annotation drawn over the rows now in the DOM. */
export function useHighlightPainter(notes: ReaderNotes): void {
  const { rowsRef, article, view } = notes;
  const anchored = view?.anchored;

  useRowsChanged(rowsRef, (root) => paintHighlights(root, article, anchored ?? []));

  useEffect(() => {
    const root = rowsRef.current;
    if (root) paintHighlights(root, article, anchored ?? []);
  }, [rowsRef, article, anchored]);

  useEffect(() => clearHighlights, []);
}
