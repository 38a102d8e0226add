import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReadingPosition } from '../../../../electron/contract';
import { afterNextFrame, afterPaint } from './frames';
import { scrollToPosition } from './readingPosition';

interface RowsState {
  /** Rows in the DOM now. */
  count: number;
  /** Rows of the article as known so far. */
  total: number;
  /** False while only the first rows of the article have arrived. */
  complete: boolean;
  /** Where to open: the saved position, its row within the article; null for the top. */
  position: ReadingPosition | null;
}

/**
 * Puts the view at the saved position and reports when the reader is ready: every row in the
 * DOM and the position restored. Also emits the performance marks the benchmark reads.
 *
 * The position is applied in the first commit that holds its row, before that frame is
 * painted, so the view opens in place instead of jumping there. Rows are laid out in full and
 * only added below, so it stays right; once every row is in, it is applied again unless the
 * reader has scrolled since.
 */
export function useRowsReady(containerRef: RefObject<HTMLElement | null>, rows: RowsState): boolean {
  const { count, total, complete, position } = rows;
  const [ready, setReady] = useState(false);
  const marked = useRef({ painted: false, laidOut: false, ready: false });
  /** Where the window was scrolled to when the position was applied; null until then. */
  const placedAt = useRef<number | null>(null);
  const hasRows = count > 0;
  const reached = hasRows && count > (position?.row ?? 0);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (placedAt.current !== null || !container || !reached) return;
    placedAt.current = scrollToPosition(container, position);
  }, [containerRef, reached, position]);

  // A layout effect, so that this frame callback is queued before the one that adds the next
  // chunk of rows (a passive effect): the mark then follows the paint of the first rows, not
  // the render and layout of more rows after it.
  useLayoutEffect(() => {
    if (!hasRows || marked.current.painted) return;
    return afterPaint(() => {
      marked.current.painted = true;
      performance.mark('muwazi:first-row-painted');
    });
  }, [hasRows]);

  const allRows = complete && count >= total;
  useEffect(() => {
    const container = containerRef.current;
    // Once ready, rows that come and go (a correction joins or splits them) leave the view alone.
    if (!allRows || !container || marked.current.ready) return;
    if (!marked.current.laidOut) {
      // Reading a layout property forces the layout of every row now in the DOM.
      void container.offsetHeight;
      marked.current.laidOut = true;
      performance.mark('muwazi:rows-laid-out');
    }
    const place = () => {
      if (placedAt.current === null || window.scrollY === placedAt.current) {
        placedAt.current = scrollToPosition(container, position);
      }
    };
    place();
    // Once more after a frame, for anything (a late font) that moved rows in between.
    return afterNextFrame(() => {
      if (position) place();
      marked.current.ready = true;
      setReady(true);
    });
  }, [allRows, containerRef, position]);

  return ready;
}
