import { useEffect, useMemo, useRef } from 'react';
import type { ReaderNotes } from '../annotations/useReaderNotes';
import { useRowsChanged } from '../annotations/useRowsChanged';

/**
 * Marks bookmarked rows with `data-bookmarked="true"` (styled as a small marker). Set on the
 * rendered rows directly, so the rows need not re-render when a bookmark is added, and again
 * whenever rows are rendered anew.
 */
export function useBookmarkMarkers(notes: ReaderNotes): void {
  const { rowsRef, view } = notes;
  const rows = useMemo(
    () => new Set((view?.bookmarks ?? []).flatMap((item) => (item.row === null ? [] : [item.row]))),
    [view],
  );
  const latest = useRef(rows);
  latest.current = rows;

  const apply = (root: HTMLElement) => {
    for (const element of root.querySelectorAll<HTMLElement>('[data-bookmarked]')) {
      if (!latest.current.has(Number(element.dataset.row))) element.removeAttribute('data-bookmarked');
    }
    for (const row of latest.current) {
      const element = root.querySelector<HTMLElement>(`[data-row="${row}"]`);
      if (element && element.dataset.bookmarked !== 'true') element.dataset.bookmarked = 'true';
    }
  };

  useRowsChanged(rowsRef, apply);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again whenever the set changes
  useEffect(() => {
    const root = rowsRef.current;
    if (root) apply(root);
  }, [rowsRef, rows]);
}
